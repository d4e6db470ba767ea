using Mizan.Stories;

namespace Mizan.Testing;

/// <summary>
/// A grouping model that weighs the content words alone, for tests that need to know when articles join: an article
/// joins a story whose mean body cosine with it reaches 0.7 (log-odds 10 × 0.7 − 7 = 0), dated or not, titled or not.
/// Linked into the test projects that group (not into every one, as the other shared files are).
/// </summary>
internal static class BodyOnlyModel
{
    public static StoryWeights Weights { get; } = new([10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], -7);

    /// <summary>Every kind of article weighed by <see cref="Weights"/> and joining at log-odds 0.</summary>
    public static StoryOptions Options { get; } = new()
    {
        Dated = Weights,
        Undated = Weights,
        DatedUntitled = Weights,
        UndatedUntitled = Weights,
        JoinScore = 0,
        UndatedJoinScore = 0,
        UntitledJoinScore = 0,
        UntitledUndatedJoinScore = 0,
    };
}
