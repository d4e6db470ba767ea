using Mizan.Testing;

namespace Mizan.Entities.Tests;

/// <summary>The entity library's data files: provenance, and entries the tagger and role finder depend on.</summary>
public sealed class DataFileTests
{
    [Fact]
    public void Every_data_file_states_its_source_licence_and_normalization()
    {
        DataFileChecks.HaveProvenance(Lexicon.Files, 8);
        DataFileChecks.HaveProvenance(WordClasses.Dictionary, 4);
    }

    [Fact]
    public void Data_under_other_terms_lives_apart_from_the_code()
    {
        // The model (CC BY-SA) and the dictionary lists (MPL 1.1) are in Mizan.Entities.Data, not in the MIT assembly.
        var code = typeof(EntityRecognizer).Assembly.GetManifestResourceNames();
        Assert.DoesNotContain(code, n => n.EndsWith(".bin", StringComparison.Ordinal) || n.Contains("dictionary-", StringComparison.Ordinal));
        var data = Mizan.Entities.Data.EntityData.Assembly;
        Assert.NotEqual(typeof(EntityRecognizer).Assembly, data);
        Assert.Contains(Mizan.Entities.Data.EntityData.ModelResource, data.GetManifestResourceNames());
        Assert.All(WordClasses.Dictionary.FileNames(), name => Assert.Contains(WordClasses.Dictionary.Header(name), h => h.StartsWith("licence: Mozilla Public License 1.1", StringComparison.Ordinal)));

        // The data assembly references no other project of Mizan.
        Assert.DoesNotContain(data.GetReferencedAssemblies(), a => a.Name!.StartsWith("Mizan", StringComparison.Ordinal));
        Assert.NotNull(EntityRecognizer.Default.Model);
    }

    [Theory]
    [InlineData("الولايات المتحدة")]
    [InlineData("العراق")]
    [InlineData("بغداد")]
    [InlineData("واشنطن")]
    public void Places_are_in_the_gazetteers(string place)
    {
        var keys = place.Split(' ').Select(w => Lexicon.Key(w)).ToList();
        Assert.True(Lexicon.Default.Countries.LongestMatch(keys, 0) == keys.Count || Lexicon.Default.Cities.LongestMatch(keys, 0) == keys.Count, place);
    }

    [Fact]
    public void The_triggers_named_in_the_issue_are_listed()
    {
        var lexicon = Lexicon.Default;
        foreach (var title in new[] { "السيد", "الرئيس", "الجنرال", "اللواء", "العميد" })
        {
            Assert.True(lexicon.PersonTitles.ContainsExact(Lexicon.Key(title)), title);
        }

        Assert.True(lexicon.PersonTitles.ContainsExact(Lexicon.Key("الفريق الركن")));
        foreach (var head in new[] { "وزير", "قائد", "المتحدث", "مستشار" })
        {
            Assert.True(lexicon.RoleHeads.ContainsExact(Lexicon.Key(head)), head);
        }

        foreach (var head in new[] { "وزارة", "حزب", "شركة", "جامعة", "وكالة", "منظمة", "قيادة" })
        {
            Assert.True(lexicon.OrganizationHeads.ContainsExact(Lexicon.Key(head)), head);
        }

        foreach (var cue in new[] { "مدينة", "محافظة", "عاصمة" })
        {
            Assert.True(lexicon.LocationCues.ContainsExact(Lexicon.Key(cue)), cue);
        }
    }
}
