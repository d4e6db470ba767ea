using Mizan.Figures.Evaluation;
using Mizan.Testing;

namespace Mizan.Figures.Tests;

/// <summary>The Duckling corpus reader, on a constructed snippet and (when ../shared is there) on the real corpora.</summary>
public sealed class DucklingTests
{
    private const string Snippet = """
        allExamples = concat
          [ examples (NumeralValue 21)
                     [ "واحد و عشرون"
                     , "21"
                     ]
          , examples (datetime (2013, 2, 11, 0, 0, 0) Day)
                     [ "امس"
                     ]
          , examples (datetimeInterval ((2013, 3, 1, 0, 0, 0), (2013, 3, 11, 0, 0, 0)) Day)
                     [ "من 1 الى 10 اذار" ]
          , examples (datetime (2013, 2, 13, 3, 0, 0) Hour)
                     [ "الساعة 3 صباحا" ]
          , examples (datetime (2013, 2, 12, 15, 23, 24) Second)
                     [ "15:23:24" ]
          ]
        """;

    [Fact]
    public void The_reader_finds_each_example_with_its_expectation()
    {
        var numerals = DucklingCorpus.Parse("Numeral", Snippet);
        Assert.Equal(6, numerals.Count);
        Assert.Equal(("number", "21", "واحد و عشرون"), (numerals[0].Grain, numerals[0].Expected, numerals[0].Phrase));
        Assert.Equal(("day", "2013-02-11"), (numerals[2].Grain, numerals[2].Expected));
        Assert.Equal(("day", "2013-03-01/2013-03-11", true), (numerals[3].Grain, numerals[3].Expected, numerals[3].Interval));
        Assert.Equal(("hour", "2013-02-13T03:00"), (numerals[4].Grain, numerals[4].Expected));
        Assert.Equal(("second", "2013-02-12T15:23:24"), (numerals[5].Grain, numerals[5].Expected));
    }

    [Fact]
    public void A_pass_compares_the_value_not_only_the_grain()
    {
        // 3 o'clock on the reference day, where Duckling's example says the next day: same grain, other value.
        var example = new DucklingExample("Time", "hour", "2013-02-13T03:00", "الساعة 3 صباحا");
        var result = DucklingEvaluation.Run(example);
        Assert.False(result.Passed);
        Assert.Equal("2013-02-12T03:00 hour", result.Got);
    }

    [Fact]
    public void A_span_passes_on_its_start_and_exclusive_end()
    {
        var example = new DucklingExample("Time", "day", "2013-07-13/2013-07-16", "من 13 الى 15 تموز", Interval: true);
        Assert.True(DucklingEvaluation.Run(example).Passed);
        Assert.False(DucklingEvaluation.Run(example with { Expected = "2013-07-13/2013-07-15" }).Passed);
    }

    [Fact]
    public void A_weekday_passes_leaning_to_the_future_and_not_to_the_past()
    {
        var example = new DucklingExample("Time", "day", "2013-02-14", "الخميس");
        Assert.True(DucklingEvaluation.Run(example, DateLean.Future).Passed);
        Assert.False(DucklingEvaluation.Run(example, DateLean.Past).Passed);
    }

    [Fact]
    public void A_zoned_time_is_compared_at_the_reference_offset()
    {
        // 8:00 GMT is 6:00 at Duckling's UTC-2; Mizan keeps 8:00 and the zone.
        var example = new DucklingExample("Time", "minute", "2013-02-14T06:00", "الخميس الساعة 8 بتوقيت GMT");
        Assert.True(DucklingEvaluation.Run(example).Passed);
    }

    [Fact]
    public void Yesterday_at_the_reference_time_passes()
    {
        var example = new DucklingExample("Time", "day", "2013-02-11", "امس");
        Assert.True(DucklingEvaluation.Run(example).Passed);
    }

    [SharedDataFact]
    public void The_numeral_corpus_passes_at_least_85_percent()
    {
        var path = Path.Combine(Repository.Shared!, "data", "duckling-arabic", "Duckling", "Numeral", "AR", "Corpus.hs");
        var results = DucklingCorpus.Parse("Numeral", File.ReadAllText(path)).Select(e => DucklingEvaluation.Run(e)).ToList();
        Assert.True(results.Count > 100);
        Assert.True(results.Count(r => r.Passed) >= 0.85 * results.Count, $"{results.Count(r => r.Passed)} of {results.Count}");
    }

    [SharedDataFact]
    public void The_time_corpus_passes_at_least_85_percent_leaning_to_the_future()
    {
        var path = Path.Combine(Repository.Shared!, "data", "duckling-arabic", "Duckling", "Time", "AR", "Corpus.hs");
        var results = DucklingCorpus.Parse("Time", File.ReadAllText(path)).Select(e => DucklingEvaluation.Run(e, DateLean.Future)).ToList();
        Assert.True(results.Count > 150);
        Assert.True(results.Count(r => r.Passed) >= 0.85 * results.Count, $"{results.Count(r => r.Passed)} of {results.Count}");
    }

    [Fact]
    public void News_labels_replace_Duckling_s_values_and_a_bare_weekday_then_passes_leaning_to_the_past()
    {
        var examples = new[]
        {
            new DucklingExample("Time", "day", "2013-02-14", "الخميس"),
            new DucklingExample("Time", "day", "2013-02-11", "امس"),
        };
        var labels = DucklingNewsLabels.Parse("# comment\nid\trule\tnews_value\tnote\n1\tN2\t2013-02-07\tlast Thursday\n2\tN1\t2013-02-11\tkept\n", "news.tsv");
        var news = labels.Apply(examples, "news.tsv");
        Assert.Equal(("2013-02-07", "N2"), (news[0].Example.Expected, news[0].Rule));
        Assert.Equal("2013-02-11", news[1].Example.Expected);
        Assert.True(DucklingEvaluation.Run(news[0].Example, DateLean.Past).Passed);
        Assert.False(DucklingEvaluation.Run(news[0].Example, DateLean.Future).Passed);
    }

    [Fact]
    public void Bad_news_labels_are_refused_naming_the_file_and_the_example()
    {
        var examples = new[] { new DucklingExample("Time", "day", "2013-02-14", "الخميس") };
        Assert.Contains("news.tsv:2", Assert.Throws<FormatException>(() => DucklingNewsLabels.Parse("id\trule\tnews_value\n1 N2 2013-02-07\n", "news.tsv")).Message, StringComparison.Ordinal);
        Assert.Contains("labelled twice", Assert.Throws<FormatException>(() => DucklingNewsLabels.Parse("1\tN2\t2013-02-07\n1\tN2\t2013-02-07\n", "news.tsv")).Message, StringComparison.Ordinal);
        Assert.Contains("example 1", Assert.Throws<FormatException>(() => DucklingNewsLabels.Parse("1\tN2\t2013-02\n", "news.tsv").Apply(examples, "news.tsv")).Message, StringComparison.Ordinal);
        Assert.Contains("has no label", Assert.Throws<FormatException>(() => DucklingNewsLabels.Parse("# none\n", "news.tsv").Apply(examples, "news.tsv")).Message, StringComparison.Ordinal);
        Assert.Contains("example 2 is labelled", Assert.Throws<FormatException>(() => DucklingNewsLabels.Parse("1\tN2\t2013-02-07\n2\tN1\t2013-02-07\n", "news.tsv").Apply(examples, "news.tsv")).Message, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void The_repository_s_news_labels_cover_the_time_corpus_and_the_news_reading_passes_at_least_85_percent()
    {
        var path = Path.Combine(Repository.Shared!, "data", "duckling-arabic", "Duckling", "Time", "AR", "Corpus.hs");
        var labels = Path.Combine(Repository.Root, "docs", "duckling-time-news.tsv");
        var news = DucklingNewsLabels.Parse(File.ReadAllText(labels), labels).Apply(DucklingCorpus.Parse("Time", File.ReadAllText(path)), labels);
        var passed = news.Count(n => DucklingEvaluation.Run(n.Example, DateLean.Past).Passed);
        Assert.True(passed >= 0.85 * news.Count, $"{passed} of {news.Count}");
    }

    [Fact]
    public void An_ordinal_example_is_read_with_its_value()
    {
        var examples = DucklingCorpus.Parse("Ordinal", "allExamples = concat\n  [ examples (OrdinalData 72)\n    [ \"الثاني والسبعين\", \"السبعين\" ]\n  ]\n");
        Assert.Equal(("ordinal", "72"), (examples[0].Grain, examples[0].Expected));
        Assert.True(DucklingEvaluation.Run(examples[0]).Passed);
        Assert.False(DucklingEvaluation.Run(examples[1]).Passed);
    }

    [SharedDataFact]
    public void The_egyptian_and_levantine_numerals_and_the_ordinals_pass_at_least_95_percent()
    {
        foreach (var (dimension, path) in new[] { ("Numeral", Path.Combine("Numeral", "AR", "EG")), ("Ordinal", Path.Combine("Ordinal", "AR")) })
        {
            var file = Path.Combine(Repository.Shared!, "data", "duckling-arabic", "Duckling", path, "Corpus.hs");
            var results = DucklingCorpus.Parse(dimension, File.ReadAllText(file)).Select(e => DucklingEvaluation.Run(e)).ToList();
            Assert.True(results.Count >= 30, path);
            Assert.True(results.Count(r => r.Passed) >= 0.95 * results.Count, $"{path}: {results.Count(r => r.Passed)} of {results.Count}");
        }
    }

    [Fact]
    public void A_money_example_is_read_with_its_currency_and_kind()
    {
        const string corpus = "allExamples = concat\n  [ examples (between Dollar (10, 20))\n    [ \"من 10 الى 20 دولار\" ]\n"
            + "  , examples (simple KWD 42)\n    [ \"42 دينار كويتي\", \"42 دينار\" ]\n  ]\n";
        var examples = DucklingCorpus.Parse("AmountOfMoney", corpus);
        Assert.Equal(("money", "between USD 10-20", true), (examples[0].Grain, examples[0].Expected, examples[0].Interval));
        Assert.True(DucklingEvaluation.Run(examples[0]).Passed);
        Assert.True(DucklingEvaluation.Run(examples[1]).Passed);

        // A dinar with no nationality is read as Iraqi: not the Kuwaiti dinar the example names.
        Assert.Equal("simple IQD 42", DucklingEvaluation.Run(examples[2]).Got);
    }
}
