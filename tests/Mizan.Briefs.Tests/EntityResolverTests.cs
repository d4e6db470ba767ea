using Mizan.Analysis;
using Mizan.Entities;

namespace Mizan.Briefs.Tests;

/// <summary>One test per rule of the cross-article entity resolution.</summary>
public sealed class EntityResolverTests
{
    private static AnalyzedArticle Article(string id, params EntityMention[] entities)
    {
        var text = string.Join(' ', entities.Select(e => e.Text));
        var analysis = new TextAnalysis(text, [], [], entities, [], [], []);
        return new AnalyzedArticle(new BriefArticle(id, null, null, null, null, false, text, []), analysis);
    }

    private static EntityMention Person(string name, string? role = null) => new(EntityType.Person, 0, name.Length, name, role, null, null);

    [Fact]
    public void Spellings_equal_under_normalization_are_one_entity()
    {
        var entities = EntityResolver.Resolve([Article("a", Person("قاسم الأعرجي")), Article("b", Person("قاسم الاعرجي"))], "s");
        Assert.Equal(["قاسم الأعرجي", "قاسم الاعرجي"], Assert.Single(entities).Aliases);
    }

    [Fact]
    public void A_name_typed_a_place_and_an_organization_is_one_entity_of_the_type_most_mentions_have()
    {
        var entities = EntityResolver.Resolve(
            [Article("a", Named(EntityType.Organization, "تويتر"), Named(EntityType.Organization, "تويتر")), Article("b", Named(EntityType.Location, "تويتر"))], "s");
        Assert.Equal("organization", Assert.Single(entities).Type);
        Assert.Equal(3, entities[0].Mentions.Count);

        // As many of each: the organization.
        var even = EntityResolver.Resolve([Article("a", Named(EntityType.Location, "داعش")), Article("b", Named(EntityType.Organization, "داعش"))], "s");
        Assert.Equal("organization", Assert.Single(even).Type);

        // A person of the same name stays apart.
        var person = EntityResolver.Resolve([Article("a", Named(EntityType.Location, "فيصل")), Article("b", Person("فيصل"))], "s");
        Assert.Equal(2, person.Count);
    }

    [Fact]
    public void A_role_behind_a_preposition_fused_with_the_article_is_listed_as_the_title()
    {
        Assert.Equal("الرئيس", EntityResolver.RoleAsTitle("للرئيس"));
        Assert.Equal("الأمير", EntityResolver.RoleAsTitle("بالأمير"));
        Assert.Equal("وزير الخارجية", EntityResolver.RoleAsTitle("وزير الخارجية"));
        Assert.Equal("بابا", EntityResolver.RoleAsTitle("بابا"));
        var entity = Assert.Single(EntityResolver.Resolve([Article("a", Person("عبد ربه منصور هادي", "للرئيس"))], "s"));
        Assert.Equal(["الرئيس"], entity.Roles);
    }

    private static EntityMention Named(EntityType type, string name) => new(type, 0, name.Length, name, null, null, null);

    [Fact]
    public void A_surname_alone_joins_the_one_full_name_it_fits()
    {
        var entities = EntityResolver.Resolve([Article("a", Person("عبد الأمير الشمري"), Person("الشمري"))], "s");
        Assert.Single(entities);
    }

    [Fact]
    public void Transliterated_surnames_with_the_same_given_name_are_one_person()
    {
        var entities = EntityResolver.Resolve([Article("a", Person("جون برينان")), Article("b", Person("جون دبليو برنين"))], "s");
        Assert.Single(entities);
    }

    [Fact]
    public void Different_given_names_merge_only_when_the_roles_agree()
    {
        var same = EntityResolver.Resolve(
            [Article("a", Person("فرانك ماكينزي", "قائد القيادة الوسطى الأمريكية")), Article("b", Person("كينيث ماكنزي", "قائد القيادة المركزية الأمريكية"))], "s");
        Assert.Single(same);
        var different = EntityResolver.Resolve(
            [Article("a", Person("أحمد الحسيني", "وزير الصحة")), Article("b", Person("علي الحسيني", "محافظ البصرة"))], "s");
        Assert.Equal(2, different.Count);

        // Two letters of a four-letter surname make another name, whatever the roles share.
        var shortNames = EntityResolver.Resolve(
            [Article("a", Person("تميم بن حمد أمير", "أمير قطر يلتقي وزير الخارجية")), Article("b", Person("عادل بن أحمد الجبير", "وزير الخارجية"))], "s");
        Assert.Equal(2, shortNames.Count);
    }

    /// <summary>How many people the names make, each named in an article of its own, all with the one role given.</summary>
    private static int People(string? role, params string[] names) =>
        EntityResolver.Resolve([.. names.Select((name, i) => Article($"a{i}", Person(name, role)))], "s").Count;

    [Fact]
    public void Princes_of_one_house_are_not_one_person_for_their_forms_of_address()
    {
        // The last word of a chain is the house (بن عبدالعزيز), and صاحب السمو الملكي الأمير is how every prince is
        // addressed: neither makes two given names one person.
        Assert.Equal(2, People("صاحب السمو الملكي الأمير", "فيصل بن خالد بن عبدالعزيز", "تركي بن محمد بن فهد بن عبدالعزيز"));

        // Without a chain, shared forms of address are no shared office either.
        Assert.Equal(2, People("صاحب السمو الملكي الأمير", "خالد الفيصل", "سعود الفيصل"));

        // Nor is a title before the name: الأمير and one word of office are one shared word, not two.
        Assert.Equal(2, People("الأمير الوزير", "خالد الفيصل", "سعود الفيصل"));
    }

    [Fact]
    public void One_given_name_with_two_fathers_is_two_people()
    {
        Assert.Equal(2, People(null, "سعد بن عبدالله المليص", "سعد بن محمد المليص"));

        // بن and the word after it alone name the family, not a father: the same man written with his father and without.
        Assert.Equal(1, People(null, "أيوب بن نحيت", "أيوب بن حجاب بن نحيت"));
    }

    [Fact]
    public void A_father_named_in_a_chain_is_not_the_son()
    {
        Assert.Equal(2, People(null, "سعود بن نايف بن عبدالعزيز", "نايف بن عبدالعزيز"));

        // The son named without his grandfather is still the son.
        Assert.Equal(1, People(null, "سعود بن نايف بن عبدالعزيز", "سعود بن نايف"));
    }

    [Fact]
    public void Arabic_surnames_with_the_article_are_not_transliterations_of_each_other()
    {
        Assert.Equal(2, People(null, "عبدالله بن علي القرني", "عبدالله الثاني"));

        // A final ى for ي is one spelling.
        Assert.Equal(1, People(null, "يوسف الحسينى", "يوسف الحسيني"));
    }

    [Fact]
    public void A_compound_given_name_written_apart_is_the_same_given_name()
    {
        Assert.Equal(1, People(null, "عبد ربه منصور هادي", "عبدربه منصور هادي"));
    }

    [Fact]
    public void Two_people_in_one_span_do_not_keep_a_surname_from_its_full_name()
    {
        // The tagger ran المالكي وعلاوي into one name: المالكي still joins نوري المالكي, and علاوي إياد علاوي.
        Assert.Equal(3, People(null, "نوري المالكي", "المالكي", "إياد علاوي", "علاوي", "المالكي وعلاوي"));

        // A given name that begins with و is no second person.
        Assert.Equal(1, People(null, "خالد وليد", "وليد"));
    }

    [Fact]
    public void A_speaker_is_linked_to_the_entity_of_the_same_name()
    {
        var entities = EntityResolver.Resolve([Article("a", Person("تحسين الخفاجي"), Person("الخفاجي"))], "s");
        Assert.Equal(entities[0].Id, EntityResolver.EntityOf("الخفاجي", entities));
        Assert.Null(EntityResolver.EntityOf("مصدر أمني", entities));
    }

    [Fact]
    public void A_speaker_named_by_role_alone_is_the_one_person_with_that_role()
    {
        var entities = EntityResolver.Resolve([Article("a", Person("قاسم الأعرجي", "مستشار الأمن القومي العراقي")), Article("b", Person("تحسين الخفاجي", "المتحدث باسم القيادة"))], "s");
        var araji = entities.Single(e => e.Aliases.Contains("قاسم الأعرجي")).Id;
        Assert.Equal(araji, EntityResolver.EntityOf("مستشار الأمن القومي العراقي", entities));
    }

    [Fact]
    public void A_role_two_people_hold_resolves_to_no_one()
    {
        var entities = EntityResolver.Resolve([Article("a", Person("تحسين الخفاجي", "المتحدث باسم القيادة")), Article("b", Person("يحيى رسول", "المتحدث باسم القيادة"))], "s");
        Assert.Null(EntityResolver.EntityOf("المتحدث باسم القيادة", entities));
    }
}
