using Mizan.Entities.Conll;
using Mizan.Entities.Tagging;

namespace Mizan.Entities.Tests;

/// <summary>Training on a tiny synthetic set: learning, determinism and the model file.</summary>
public sealed class TrainingTests
{
    private static readonly TrainingOptions Options = new(Epochs: 5, Seed: 3, Prune: 0.0f, Window: 2) { StackingParts = 2 };

    private static IReadOnlyList<ConllSentence> Data()
    {
        // Names after زار and قال, places after في; enough repeats that a perceptron learns the cues.
        string[] people = ["سمير", "كريم", "نادر", "هشام", "رامز", "فادي"];
        string[] places = ["حلب", "صيدا", "حمص", "جنين", "غزة", "عدن"];
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < 30; i++)
        {
            var person = people[i % people.Length];
            var place = places[(i * 5) % places.Length];
            text.Append($"زار O\n{person} B-PERS\nعلوان I-PERS\nمدينة O\n{place} B-LOC\nأمس O\n\n");
            text.Append($"قال O\n{people[(i + 2) % people.Length]} B-PERS\nإن O\nالوضع O\nفي O\n{places[(i + 1) % places.Length]} B-LOC\nهادئ O\n\n");
        }

        return ConllFormat.Read(new StringReader(text.ToString()), withTags: true).Sentences;
    }

    private static NerModel Train(int seed = 3) => PerceptronTrainer.Default.Train(Data(), Options with { Seed = seed }, "synthetic");

    [Fact]
    public void A_model_trained_on_a_small_set_tags_it_back()
    {
        var model = Train();
        var data = Data();
        var scorer = new EntityScorer();
        var tags = model.TagDocument(data.Select(s => s.Tokens).ToList());
        for (var s = 0; s < data.Count; s++)
        {
            scorer.Add(data[s].Tags!, tags[s]);
        }

        Assert.Equal(100.0, scorer.Overall().F1, 6);
    }

    [Fact]
    public void A_trained_model_generalises_to_an_unseen_name_in_a_known_frame()
    {
        var tags = Train().Tag(["زار", "باسل", "علوان", "مدينة", "حلب", "أمس"]);
        Assert.Equal("B-PERS", tags[1]);
        Assert.Equal("B-LOC", tags[4]);
    }

    [Fact]
    public void Word_dropout_keeps_the_context_weights_that_tag_an_unseen_name()
    {
        // With every word form dropped the tagger can only learn from letters, context and gazetteers; it must still
        // find the frame زار NAME علوان, and differ from a model that saw every word.
        var blind = PerceptronTrainer.Default.Train(Data(), Options with { Seed = 3, WordDropout = 1.0 }, "synthetic");
        Assert.Equal("B-PERS", blind.Tag(["زار", "باسل", "علوان", "مدينة", "حلب", "أمس"])[1]);

        // Same data, seed and description: only the dropout differs, so different weights mean it took effect.
        Assert.NotEqual(Bytes(Train(seed: 3)), Bytes(blind));
        Assert.DoesNotContain(blind.First.KnownFeatures, f => f.Key.StartsWith("w=", StringComparison.Ordinal));
    }

    [Fact]
    public void List_dropout_drops_the_word_forms_of_the_tokens_a_gazetteer_covers_only()
    {
        var model = PerceptronTrainer.Default.Train(Data(), Options with { WordDropout = 0 } with { ListDropout = 1.0 }, "synthetic");
        var words = Data().SelectMany(s => FeatureExtractor.Default.Extract(s.Tokens).Zip(s.Tokens)).DistinctBy(p => p.Second).ToList();
        var listed = words.Where(p => p.First.Any(FeatureExtractor.IsListMatch)).Select(p => p.Second).ToList();
        var unlisted = words.Where(p => !p.First.Any(FeatureExtractor.IsListMatch)).Select(p => p.Second).ToList();
        Assert.Contains("حلب", listed);
        Assert.NotEmpty(unlisted);
        var known = model.First.KnownFeatures.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        Assert.All(listed, w => Assert.DoesNotContain("w=" + w, known));
        Assert.Contains(unlisted, w => known.Contains("w=" + w));
    }

    [Fact]
    public void A_loaded_model_reads_the_gazetteers_only_when_it_was_trained_with_them()
    {
        var with = NerModel.Load(new MemoryStream(Bytes(Train())), "with");
        Assert.True(with.Extractor.UsesGazetteers);
        var without = NerModel.Load(new MemoryStream(Bytes(new PerceptronTrainer(FeatureExtractor.WithoutGazetteers).Train(Data(), Options, "synthetic"))), "without");
        Assert.False(without.Extractor.UsesGazetteers);
        Assert.DoesNotContain(without.First.KnownFeatures, f => FeatureExtractor.IsGazetteerFeature(f.Key));

        // The shipped model was trained before the gazetteers: it is tagged with the features it was trained with.
        Assert.False(EntityRecognizer.Default.Model.Extractor.UsesGazetteers);
    }

    [Fact]
    public void The_same_data_and_seed_give_the_same_model_bytes()
    {
        Assert.Equal(Bytes(Train()), Bytes(Train()));
    }

    [Fact]
    public void A_saved_model_loads_back_and_tags_the_same()
    {
        var model = Train();
        var loaded = NerModel.Load(new MemoryStream(Bytes(model)), "test");
        var sentences = Data().Select(s => s.Tokens).Append(["قال", "غريب", "في", "مكان"]).ToList();
        Assert.Equal(model.TagDocument(sentences), loaded.TagDocument(sentences));
        Assert.Equal(model.Description, loaded.Description);
        Assert.Equal(model.FeatureCount, loaded.FeatureCount);
    }

    [Fact]
    public void A_file_that_is_not_a_model_gives_a_clear_error_naming_it()
    {
        var error = Assert.Throws<InvalidDataException>(() => NerModel.Load(new MemoryStream([1, 2, 3, 4]), "junk.bin"));
        Assert.Contains("junk.bin", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tags_are_always_valid_IOB2()
    {
        var model = Train();
        var tags = model.Tag(["علوان", "علوان", "في", "علوان", "زار"]);
        for (var i = 0; i < tags.Count; i++)
        {
            Assert.True(Iob.CanFollow(i == 0 ? "O" : tags[i - 1], tags[i]), string.Join(' ', tags));
        }
    }

    [Fact]
    public void Tagging_a_CoNLL_file_keeps_its_tokens_order_and_sentence_breaks()
    {
        const string input = "زار x\nسمير\nعلوان O\n\n\nقال\nفي\nحلب B-LOC\n";
        var document = ConllFormat.Read(new StringReader(input), withTags: false);
        var tags = Train().TagDocument(document.Sentences.Select(s => s.Tokens).ToList());
        var writer = new StringWriter();
        ConllFormat.Write(writer, document.Sentences.Select((s, i) => (s.Tokens, tags[i])));
        var lines = writer.ToString().Split('\n');
        Assert.Equal(["زار", "سمير", "علوان", "", "قال", "في", "حلب", "", ""], lines.Select(l => l.Split(' ')[0]));
        Assert.All(lines.Where(l => l.Length > 0), l => Assert.Contains(l.Split(' ')[1], Iob.Tags));
    }

    [Fact]
    public void Cross_validation_tags_every_sentence_once_with_contiguous_folds()
    {
        var data = Data();
        var result = CrossValidation.Run(data, 3, Options, PerceptronTrainer.Default);
        Assert.Equal(data.Count, result.Predictions.Count);
        Assert.Equal(data.Sum(s => s.Tokens.Count), result.Tokens);
        Assert.Equal(data.Select(s => s.Tokens.Count), result.Predictions.Select(p => p.Count));
        Assert.Equal(data.Sum(s => Iob.Chunks(s.Tags!).Count), result.Scores.Overall().Gold);
        Assert.True(result.Scores.Overall().F1 > 50, $"F1 {result.Scores.Overall().F1}");
    }

    [Fact]
    public void Cross_validation_refuses_fewer_than_two_folds()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CrossValidation.Run(Data(), 1, Options, PerceptronTrainer.Default));
    }

    private static byte[] Bytes(NerModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
