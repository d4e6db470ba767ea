namespace Mizan.Text.Tests;

/// <summary>A table kept in the repository: its comments, header and blank lines are no rows, and each row keeps its line number.</summary>
public sealed class TabTableTests
{
    [Fact]
    public void Comments_the_header_and_blank_lines_are_skipped_and_rows_keep_their_line_numbers()
    {
        string[] lines = ["# protocol", "part\tgold", "tune\tالجبير", string.Empty, "# more", "held-out\t"];
        var rows = TabTable.Rows(lines, "part\tgold").ToList();
        Assert.Equal([3, 6], rows.Select(r => r.Line));
        Assert.Equal(["tune", "الجبير"], rows[0].Cells);
        Assert.Equal(["held-out", string.Empty], rows[1].Cells);
    }

    [Fact]
    public void Without_a_header_every_line_that_is_no_comment_is_a_row()
    {
        var rows = TabTable.Rows(["part\tgold", "tune\tx"]).ToList();
        Assert.Equal(2, rows.Count);
    }
}
