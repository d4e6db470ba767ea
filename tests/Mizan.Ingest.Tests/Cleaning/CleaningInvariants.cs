using System.Text;
using Mizan.Ingest.Cleaning;

namespace Mizan.Ingest.Tests.Cleaning;

internal static class CleaningInvariants
{
    /// <summary>Each removed span is the raw text at its offsets, spans are in order without overlap, and the cleaned text is the rest.</summary>
    public static void Check(string raw, CleanedText cleaned)
    {
        var rest = new StringBuilder();
        var at = 0;
        foreach (var removal in cleaned.Removed)
        {
            Assert.True(removal.Start >= at && removal.End > removal.Start && removal.End <= raw.Length, $"span [{removal.Start}, {removal.End}) overlaps or is out of order");
            Assert.Equal(raw[removal.Start..removal.End], removal.Text);
            Assert.False(string.IsNullOrEmpty(removal.Reason));
            rest.Append(raw, at, removal.Start - at);
            at = removal.End;
        }

        rest.Append(raw, at, raw.Length - at);
        Assert.Equal(rest.ToString(), cleaned.Text);
    }
}
