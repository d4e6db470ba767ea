namespace Mizan.Cli.Tests;

/// <summary>
/// The command line never guesses: a bad option value is a usage error naming the option and the value, an input or
/// a store that is not there is named, and a command that fails leaves no store behind.
/// </summary>
public sealed class ValidationTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("mizan-validation-").FullName;

    private string Store => Path.Combine(folder, "store.db");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("--top", "0", "bench", "stories", "--corpus", "samples")]
    [InlineData("--titles", "-1", "bench", "stories", "--corpus", "samples")]
    [InlineData("--limit", "-5", "bench", "text", "--corpus", "samples")]
    [InlineData("--limit", "-1", "bench", "brief", "--corpus", "samples")]
    [InlineData("--show", "-2", "eval", "stems")]
    [InlineData("--top", "0", "eval", "stems")]
    [InlineData("--apart-pairs", "0", "eval", "stories")]
    [InlineData("--draw", "-1", "eval", "quotes")]
    [InlineData("--epochs", "0", "ner", "train", "--out", "unused.bin")]
    public void A_count_out_of_range_is_a_usage_error_naming_the_option_and_value(string option, string value, params string[] args) =>
        UsageError([.. args, option, value], $"{option} takes a whole number of ", $"not '{value}'");

    [Theory]
    [InlineData("--check", "2015-08-01,yesterday", "eval", "quotes")]
    [InlineData("--days", "1-8-2015", "eval", "quotes", "--draw", "3")]
    public void A_day_that_is_not_a_date_is_a_usage_error_naming_the_option_and_value(string option, string value, params string[] args) =>
        UsageError([.. args, option, value], $"{option} takes dates written yyyy-MM-dd", $"not '{value}'");

    [Theory]
    [InlineData("--limit", "0")]
    [InlineData("--from", "9-12-2021")]
    [InlineData("--to", "2021-13-01")]
    public void Search_names_a_bad_value_before_looking_for_the_store(string option, string value)
    {
        UsageError(["search", "الاعرجي", option, value, "--db", Store], $"mizan search: {option} takes", $"not '{value}'");
        Assert.False(File.Exists(Store));
    }

    [Fact]
    public void A_value_that_is_not_a_number_is_a_usage_error_naming_it()
    {
        var (exit, _, error) = CliRunner.Run(string.Empty, "search", "الاعرجي", "--limit", "many");
        Assert.Equal(2, exit);
        Assert.Contains("'many'", error, StringComparison.Ordinal);
        Assert.Contains("--limit", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "xml", "export", "--format", "xml")]
    [InlineData("--what", "people", "export", "--what", "people")]
    public void An_unknown_choice_is_a_usage_error_naming_it(string option, string value, params string[] args)
    {
        UsageError([.. args, "--db", Store], option, $"'{value}'");
        Assert.False(File.Exists(Store));
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("brief")]
    [InlineData("ingest", "--enqueue")]
    public void An_input_that_is_not_there_is_named_and_no_store_is_made(params string[] verb)
    {
        var missing = Path.Combine(folder, "no-such-folder");
        var (exit, _, error) = CliRunner.Run(string.Empty, [.. verb, missing, "--db", Store]);
        Assert.Equal(3, exit);
        Assert.Contains($"mizan {verb[0]}: skipped {missing}: no such file or folder.", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Store), error);
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("brief")]
    public void An_input_that_holds_no_readable_article_leaves_no_store(string verb)
    {
        var broken = Path.Combine(folder, "broken.json");
        File.WriteAllText(broken, "{ \"title\": \"not closed\"");
        var (exit, _, error) = CliRunner.Run(string.Empty, verb, broken, "--db", Store);
        Assert.NotEqual(0, exit);
        Assert.Contains(broken, error, StringComparison.Ordinal);
        Assert.False(File.Exists(Store), error);
        Assert.Empty(Directory.GetFiles(folder, "store.db*"));
    }

    [Fact]
    public void A_store_that_was_there_is_kept_when_an_input_holds_nothing_readable()
    {
        var sample = Directory.GetFiles(Path.Combine(Mizan.Testing.Repository.Root, "samples"), "*.txt")[0];
        Assert.Equal(0, CliRunner.Run(string.Empty, "ingest", sample, "--db", Store).Exit);
        var broken = Path.Combine(folder, "broken.json");
        File.WriteAllText(broken, "[ {");
        var (exit, _, error) = CliRunner.Run(string.Empty, "ingest", broken, "--db", Store);
        Assert.NotEqual(0, exit);
        Assert.True(File.Exists(Store), error);
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("brief")]
    public void A_web_address_given_as_input_points_to_fetch_and_no_store_is_made(string verb)
    {
        const string Url = "https://example.com/news/1.html";
        var (exit, _, error) = CliRunner.Run(string.Empty, verb, Url, "--db", Store);
        Assert.Equal(3, exit);
        Assert.Contains($"mizan {verb}: skipped {Url}: a web address, not a file: 'mizan fetch URL' downloads pages", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Store), error);
    }

    [Fact]
    public void Analyze_names_an_input_that_is_not_there()
    {
        var missing = Path.Combine(folder, "no-such-file.txt");
        var (exit, output, error) = CliRunner.Run(string.Empty, "analyze", missing);
        Assert.Equal(3, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains(missing, error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("work")]
    [InlineData("serve", "--urls", "http://127.0.0.1:0")]
    public void A_verb_over_a_store_refuses_one_that_is_not_there_and_creates_none(params string[] args)
    {
        var (exit, _, error) = CliRunner.Run(string.Empty, [.. args, "--db", Store]);
        Assert.Equal(3, exit);
        Assert.Contains($"no store at {Store}", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Store));
    }

    [Fact]
    public void Serve_refuses_to_listen_beyond_loopback_without_a_key_before_binding()
    {
        var (exit, output, error) = CliRunner.Run(string.Empty, "serve", "--urls", "http://0.0.0.0:0", "--db", Store);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("mizan serve: http://0.0.0.0:0 is reachable from other machines, and no access key is given", error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at http://", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Store));
    }

    [Fact]
    public void Serve_refuses_a_short_key_without_showing_it()
    {
        var (exit, _, error) = CliRunner.Run(string.Empty, "serve", "--api-key", "secret", "--db", Store);
        Assert.Equal(2, exit);
        Assert.Contains("mizan serve: --api-key: the key has fewer than 16 characters.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_names_a_key_file_that_is_not_there()
    {
        var keys = Path.Combine(folder, "keys.txt");
        var (exit, _, error) = CliRunner.Run(string.Empty, "serve", "--key-file", keys, "--db", Store);
        Assert.Equal(2, exit);
        Assert.Contains($"mizan serve: --key-file: {keys}: no such file.", error, StringComparison.Ordinal);
    }

    private static void UsageError(string[] args, params string[] expected)
    {
        var (exit, output, error) = CliRunner.Run(string.Empty, args);
        Assert.True(exit == 2, $"exit {exit}: {error}");
        Assert.Equal(string.Empty, output);
        foreach (var text in expected)
        {
            Assert.Contains(text, error, StringComparison.Ordinal);
        }
    }
}
