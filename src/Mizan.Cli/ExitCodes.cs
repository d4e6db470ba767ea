namespace Mizan.Cli;

/// <summary>The exit codes every verb uses (../docs and the design's command-line conventions).</summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Success = 0;

    /// <summary>Done, but some inputs were skipped; each is named on standard error.</summary>
    public const int SomeInputsSkipped = 1;

    /// <summary>The inputs held no article (empty folders, empty files): every verb says so on standard error.</summary>
    public const int NothingFound = 1;

    /// <summary>The command line was wrong.</summary>
    public const int UsageError = 2;

    /// <summary>Nothing useful was done.</summary>
    public const int Failed = 3;
}
