namespace Mizan.Testing;

/// <summary>
/// Five articles of one story whose articles form two groups under <see cref="BodyOnlyModel"/> (an article joins at a
/// mean body cosine of 0.7), and a later article of another event that closes it. a1 and a2 share a core of words; b1
/// shares most of a1's other words and enough of the core to join them (mean cosine about 0.74); a3 and a4 are the core
/// again with words of their own, and join; against a1 to a4 together b1's mean cosine is about 0.66, under the bar,
/// while a1 to a4 are at least 0.75 apart from each other. Linked into the test projects that split stories.
/// </summary>
internal static class TwoGroups
{
    /// <summary>When the first article is published; the others follow by the hour.</summary>
    public static DateTimeOffset Day { get; } = new(2021, 12, 9, 8, 0, 0, TimeSpan.Zero);

    /// <summary>The story's articles: id, hours after <see cref="Day"/>, text.</summary>
    public static IReadOnlyList<(string Id, int Hours, string Text)> Story { get; } =
    [
        ("a1", 0, Words(0, 16) + " " + Words(100, 10)),
        ("a2", 1, Words(0, 16) + " " + Words(200, 1)),
        ("b1", 2, Words(4, 12) + " " + Words(100, 10) + " " + Words(300, 1)),
        ("a3", 3, Words(0, 16) + " " + Words(400, 1)),
        ("a4", 4, Words(0, 16) + " " + Words(500, 1)),
    ];

    /// <summary>An article of another event, five days on: the story's quiet period is over when it comes.</summary>
    public static (string Id, int Hours, string Text) Later { get; } = ("later", 120, Words(700, 12));

    /// <summary>Made-up Latin words, one for each number from <paramref name="from"/>: zbaa, zbab, ...</summary>
    private static string Words(int from, int count) =>
        string.Join(' ', Enumerable.Range(from, count).Select(k => "z" + (char)('b' + (k / 676)) + (char)('a' + (k / 26 % 26)) + (char)('a' + (k % 26))));
}
