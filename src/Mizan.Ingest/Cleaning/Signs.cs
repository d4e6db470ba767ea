using Mizan.Text;

namespace Mizan.Ingest.Cleaning;

/// <summary>The punctuation signs that pages print around widgets, labels and site names, by name.</summary>
internal static class Signs
{
    public const char EnDash = '\u2013';               // – en dash
    public const char EmDash = '\u2014';               // — em dash
    public const char Bullet = '\u2022';               // • bullet
    public const char MiddleDot = '\u00B7';            // · middle dot

    /// <summary>Separators a label ("اقرأ أيضا:") puts before its link.</summary>
    public static readonly char[] LabelEnds = [':', '-', EnDash, EmDash, '|', '>', CodePoints.LeftGuillemet, CodePoints.RightGuillemet];

    /// <summary>Signs that widgets put around their words, ignored at both ends of a line when lines are compared.</summary>
    public static readonly char[] LineEdges =
    [
        ':', '-', EnDash, EmDash, '|', '(', ')', '[', ']', '.', ',', CodePoints.ArabicComma, CodePoints.LeftGuillemet,
        CodePoints.RightGuillemet, '"', '\'', '>', Bullet, '*', MiddleDot,
    ];

    /// <summary>Separators between a page title and the site name appended to it.</summary>
    public static readonly string[] TitleSeparators =
        [" | ", " - ", $" {EnDash} ", $" {EmDash} ", " :: ", $" {CodePoints.LeftGuillemet} ", $" {CodePoints.RightGuillemet} ", $" {MiddleDot} "];
}
