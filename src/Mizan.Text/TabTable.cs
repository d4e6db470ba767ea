namespace Mizan.Text;

/// <summary>
/// The rows of a tab-separated table kept in the repository (a judged sample, a labelled set): blank lines, '#'
/// comment lines (its protocol and provenance) and the header line are skipped; each row comes with its line number,
/// for an error that names the file and line.
/// </summary>
public static class TabTable
{
    public static IEnumerable<(int Line, string[] Cells)> Rows(IEnumerable<string> lines, string? header = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (line.Length == 0 || line[0] == '#' || line == header)
            {
                continue;
            }

            yield return (number, line.Split('\t'));
        }
    }
}
