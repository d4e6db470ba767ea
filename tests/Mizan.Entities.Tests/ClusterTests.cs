using Mizan.Entities.Conll;
using Mizan.Entities.Tagging;

namespace Mizan.Entities.Tests;

/// <summary>Word clusters learned from unlabeled text (<see cref="ClusterLearner"/>) and read as the tagger's features.</summary>
public sealed class ClusterTests
{
    private static readonly string[] People = ["سمير", "كريم", "نادر", "هشام", "رامز", "فادي"];
    private static readonly string[] Places = ["حلب", "صيدا", "حمص", "جنين", "غزه", "عدن"];

    /// <summary>Names after قال and before إن, places after مدينه and before the date: two kinds of company.</summary>
    private static List<List<string>> Unlabeled()
    {
        var texts = new List<List<string>>();
        for (var i = 0; i < 60; i++)
        {
            texts.Add(["قال", People[i % People.Length], "ان", "الوضع", "في", "مدينه", Places[(i * 5) % Places.Length], "امس"]);
            texts.Add(["زار", People[(i + 1) % People.Length], "علوان", "مدينه", Places[(i + 2) % Places.Length], "امس"]);
        }

        return texts;
    }

    private static readonly ClusterOptions Small = new() { Levels = [2, 4], MinCount = 2, Passes = 10 };

    [Fact]
    public void Words_in_the_same_company_share_a_class_and_the_two_kinds_are_apart()
    {
        var clusters = ClusterLearner.Learn(Unlabeled(), Small);
        var finest = clusters.Levels.Count - 1;
        int Class(string w) => clusters.Classes[w][finest];
        Assert.Single(People.Select(Class).Distinct());
        Assert.Single(Places.Select(Class).Distinct());
        Assert.NotEqual(Class(People[0]), Class(Places[0]));
    }

    [Fact]
    public void Words_seen_too_rarely_or_unwritable_get_no_class()
    {
        var texts = Unlabeled();
        texts.Add(["قال", "نادر_مره", "ان"]);

        // Nor does a word that cannot stand on a line of the cluster file: a token of marks only normalizes to nothing.
        texts.AddRange(Enumerable.Repeat<List<string>>(["قال", "", "ان", "a\tb"], 5));
        var clusters = ClusterLearner.Learn(texts, Small);
        Assert.Empty(clusters.NamesOf("نادر_مره"));
        Assert.Empty(clusters.NamesOf(string.Empty));
        Assert.Empty(clusters.NamesOf("a\tb"));
        Assert.Equal(2, clusters.NamesOf("سمير").Count);
    }

    [Fact]
    public void The_same_text_and_options_give_the_same_classes()
    {
        var (a, b) = (ClusterLearner.Learn(Unlabeled(), Small), ClusterLearner.Learn(Unlabeled(), Small));
        Assert.Equal(Text(a), Text(b));
    }

    [Fact]
    public void A_cluster_file_reads_back_and_a_bad_one_names_its_line()
    {
        var clusters = ClusterLearner.Learn([.. Unlabeled(), .. Enumerable.Repeat<List<string>>(["#وسم", "امس"], 3)], Small);
        var text = Text(clusters);
        var read = WordClusters.ReadText(new StringReader(text), "c.tsv");
        Assert.Equal(text, Text(read));
        Assert.NotEmpty(read.NamesOf("#وسم"));

        var broken = text.Replace("\nسمير\t", "\nسمير\tx\t", StringComparison.Ordinal);
        var error = Assert.Throws<InvalidDataException>(() => WordClusters.ReadText(new StringReader(broken), "c.tsv"));
        Assert.StartsWith("c.tsv:", error.Message, StringComparison.Ordinal);
        Assert.Contains("c.tsv", Assert.Throws<InvalidDataException>(() => WordClusters.ReadText(new StringReader("word\t1\n"), "c.tsv")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_features_name_the_word_its_bare_form_and_its_neighbours_classes_only_with_clusters()
    {
        var clusters = ClusterLearner.Learn(Unlabeled(), Small);
        var extractor = FeatureExtractor.WithoutGazetteers.WithClusters(clusters);
        var features = extractor.Extract(["قال", "وسمير", "غريب"]);
        var own = clusters.NamesOf("سمير");
        Assert.All(own, c => Assert.Contains("kb=" + c, features[1]));
        Assert.Contains("k=-", features[1]);
        Assert.All(clusters.NamesOf("قال"), c => Assert.Contains("k-1=" + c, features[1]));
        Assert.Contains("k+1=-", features[1]);
        Assert.DoesNotContain(FeatureExtractor.WithoutGazetteers.Extract(["قال", "وسمير", "غريب"])[1], f => f.StartsWith('k'));
    }

    [Fact]
    public void A_model_trained_with_clusters_carries_them_and_tags_the_same_once_loaded()
    {
        var clusters = ClusterLearner.Learn(Unlabeled(), Small);
        var model = new PerceptronTrainer(FeatureExtractor.WithoutGazetteers.WithClusters(clusters)).Train(Labelled(), Options, "with clusters");
        using var stream = new MemoryStream();
        model.Save(stream);
        var loaded = NerModel.Load(new MemoryStream(stream.ToArray()), "clusters.bin");
        Assert.Equal(Text(clusters), Text(loaded.Extractor.Clusters));
        List<IReadOnlyList<string>> sentences = [["زار", "فادي", "أمس"], ["زار", "جنين", "أمس"], ["قال", "رامز", "إن"]];
        Assert.Equal(model.TagDocument(sentences), loaded.TagDocument(sentences));
        Assert.Contains(loaded.First.KnownFeatures, f => f.Key.StartsWith("k=", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_the_labelled_data_never_had_is_read_from_its_class()
    {
        // The labelled sentences give people and places the same frame (زار X أمس): only the word tells them apart, so
        // a name never labelled is typed by the class it shares with labelled ones, and without classes it is not.
        var clusters = ClusterLearner.Learn(Unlabeled(), Small);
        var with = new PerceptronTrainer(FeatureExtractor.WithoutGazetteers.WithClusters(clusters)).Train(Labelled(), Options, "with clusters");
        var without = new PerceptronTrainer(FeatureExtractor.WithoutGazetteers).Train(Labelled(), Options, "without");
        List<IReadOnlyList<string>> unseen = [["زار", "فادي", "أمس"], ["زار", "جنين", "أمس"], ["زار", "رامز", "أمس"], ["زار", "عدن", "أمس"]];
        var expected = new[] { "B-PERS", "B-LOC", "B-PERS", "B-LOC" };
        Assert.Equal(expected, with.TagDocument(unseen).Select(t => t[1]));
        Assert.NotEqual(expected, without.TagDocument(unseen).Select(t => t[1]));
    }

    private static readonly TrainingOptions Options = new(Epochs: 5, Seed: 3, Prune: 0, Window: 2) { StackingParts = 2, WordDropout = 0.5 };

    private static IReadOnlyList<ConllSentence> Labelled()
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < 20; i++)
        {
            text.Append($"زار O\n{People[i % 3]} B-PERS\nأمس O\n\nزار O\n{Places[i % 3]} B-LOC\nأمس O\n\n");
        }

        return ConllFormat.Read(new StringReader(text.ToString()), withTags: true).Sentences;
    }

    private static string Text(WordClusters clusters)
    {
        var writer = new StringWriter();
        clusters.WriteText(writer, "test");
        return writer.ToString();
    }
}
