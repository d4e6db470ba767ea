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
}
