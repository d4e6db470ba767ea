namespace Mizan.Testing;

/// <summary>
/// Paths every test project needs: the repository root (found from the test's output folder by Mizan.slnx), the
/// bundled samples, and ../shared beside the repository when it is there (a fresh clone may not have it).
/// Compiled into each test project through tests/Directory.Build.props.
/// </summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>../shared beside the repository, or null on a clone without it.</summary>
    public static string? Shared
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(path) ? path : null;
        }
    }

    public static IEnumerable<string> SampleArticles() =>
        Directory.EnumerateFiles(Samples, "*.txt").Order(StringComparer.Ordinal);

    public static string SamplePath(string prefix) => Directory.EnumerateFiles(Samples, prefix + "_*.txt").Single();

    public static string SampleText(string prefix) => File.ReadAllText(SamplePath(prefix));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Mizan.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Mizan.slnx) was not found above " + AppContext.BaseDirectory);
    }
}
