using System.Text;

namespace Mizan.Cli.Tests;

/// <summary><c>mizan eval ner</c> on a small tagged file: the score table, the prediction file, shuffled folds.</summary>
public sealed class NerCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("mizan-ner-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string TaggedFile()
    {
        string[] people = ["سمير", "كريم", "نادر", "هشام"];
        string[] places = ["حلب", "صيدا", "حمص", "جنين"];
        var text = new StringBuilder();
        for (var i = 0; i < 12; i++)
        {
            // Every third sentence ends with أمس, so sentences differ in length and predictions written in the wrong
            // order would not line up with their tokens.
            text.Append($"زار O\n{people[i % 4]} B-PERS\nعلوان I-PERS\nمدينة O\n{places[(i + 1) % 4]} B-LOC\n{(i % 3 == 0 ? "أمس O\n" : string.Empty)}\n");
        }

        var path = Path.Combine(folder, "small.txt");
        File.WriteAllText(path, text.ToString());
        return path;
    }

    [Fact]
    public void Shuffled_cross_validation_scores_every_sentence_and_writes_its_predictions_in_the_shuffled_order()
    {
        var predictions = Path.Combine(folder, "predicted.txt");
        var (exit, output, error) = CliRunner.Run(string.Empty, "eval", "ner", "--data", TaggedFile(), "--folds", "2", "--epochs", "2", "--shuffle", "3", "--output", predictions);
        Assert.Equal(0, exit);
        Assert.Contains("shuffled", error, StringComparison.Ordinal);
        Assert.Contains("overall", output, StringComparison.Ordinal);

        // 12 sentences of 5 or 6 tokens, each line TOKEN GOLD PREDICTED, and every gold tag matches its token's role.
        var lines = File.ReadAllLines(predictions).Where(l => l.Length > 0).Select(l => l.Split(' ')).ToList();
        Assert.Equal(64, lines.Count);
        Assert.All(lines, l => Assert.Equal(3, l.Length));
        Assert.All(lines.Where(l => l[0] == "علوان"), l => Assert.Equal("I-PERS", l[1]));
    }

    [Fact]
    public void The_training_options_reach_the_trainer()
    {
        var (exit, _, error) = CliRunner.Run(string.Empty, "eval", "ner", "--data", TaggedFile(), "--folds", "2", "--epochs", "1", "--window", "3", "--dropout", "0.2");
        Assert.Equal(0, exit);
        Assert.Contains("Epochs = 1", error, StringComparison.Ordinal);
        Assert.Contains("Window = 3", error, StringComparison.Ordinal);
        Assert.Contains("WordDropout = 0.2", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_data_file_is_named()
    {
        var (exit, _, error) = CliRunner.Run(string.Empty, "eval", "ner", "--data", "/nonexistent/ner.txt");
        Assert.NotEqual(0, exit);
        Assert.Contains("/nonexistent/ner.txt", error, StringComparison.Ordinal);
    }

    /// <summary>Plain-text articles for clusters: names after قال, places after مدينة.</summary>
    private string UnlabeledFolder()
    {
        var articles = Path.Combine(folder, "articles");
        Directory.CreateDirectory(articles);
        string[] people = ["سمير", "كريم", "نادر", "هشام", "رامز"];
        string[] places = ["حلب", "صيدا", "حمص", "جنين", "عدن"];
        for (var a = 0; a < 6; a++)
        {
            var text = new StringBuilder();
            for (var i = 0; i < 10; i++)
            {
                text.Append($"قال {people[(i + a) % 5]} إن الوضع في مدينة {places[(i * 2 + a) % 5]} هادئ. ");
            }

            File.WriteAllText(Path.Combine(articles, $"a{a}.txt"), text.ToString());
        }

        return articles;
    }

    [Fact]
    public void Clusters_learned_from_articles_are_written_and_read_back_as_features()
    {
        var clusters = Path.Combine(folder, "clusters.tsv");
        var (exit, _, error) = CliRunner.Run(string.Empty, "ner", "clusters", "--unlabeled", UnlabeledFolder(), "--out", clusters, "--levels", "2,4");
        Assert.True(exit == 0, error);
        Assert.Contains("learned from 6 articles", error, StringComparison.Ordinal);
        var lines = File.ReadAllLines(clusters);
        Assert.Contains("levels\t2\t4", lines);
        Assert.Contains(lines, l => l.StartsWith("رامز\t", StringComparison.Ordinal));

        var (evalExit, _, evalError) = CliRunner.Run(string.Empty, "eval", "ner", "--data", TaggedFile(), "--folds", "2", "--epochs", "1", "--clusters", clusters);
        Assert.True(evalExit == 0, evalError);
        Assert.Contains("word clusters: ", evalError, StringComparison.Ordinal);
        Assert.Contains("2/4 classes", evalError, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_cluster_input_is_named_and_a_bad_levels_list_is_a_usage_error()
    {
        var broken = Path.Combine(folder, "broken.tsv");
        File.WriteAllText(broken, "not clusters\n");
        var (exit, _, error) = CliRunner.Run(string.Empty, "eval", "ner", "--data", TaggedFile(), "--folds", "2", "--clusters", broken);
        Assert.NotEqual(0, exit);
        Assert.Contains(broken, error, StringComparison.Ordinal);

        (exit, _, error) = CliRunner.Run(string.Empty, "ner", "clusters", "--unlabeled", UnlabeledFolder(), "--out", Path.Combine(folder, "c.tsv"), "--levels", "64,x");
        Assert.Equal(2, exit);
        Assert.Contains("--levels", error, StringComparison.Ordinal);

        (exit, _, error) = CliRunner.Run(string.Empty, "ner", "clusters", "--unlabeled", "/nonexistent/news", "--out", Path.Combine(folder, "c.tsv"));
        Assert.NotEqual(0, exit);
        Assert.Contains("/nonexistent/news", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_held_out_file_of_another_source_is_scored_with_its_other_class_left_out()
    {
        // The test file says PER for a person and MIS for a class ANERcorp does not share: PER counts as PERS, MIS not at all.
        var heldOut = Path.Combine(folder, "other.txt");
        File.WriteAllText(heldOut, "زار O\nكريم B-PER\nعلوان I-PER\nمدينة O\nحلب B-LOC\n\nشاهد O\nالأوسكار B-MIS\n\n");
        var (exit, output, error) = CliRunner.Run(string.Empty, "eval", "ner", "--data", TaggedFile(), "--epochs", "3", "--test", heldOut);
        Assert.True(exit == 0, error);
        Assert.Contains("MIS/MISC Outside", error, StringComparison.Ordinal);
        var overall = output.Split('\n').Single(l => l.StartsWith("overall", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("2", overall[^1]);
        Assert.DoesNotContain("MISC", output, StringComparison.Ordinal);
    }
}
