using System.Reflection;

namespace Mizan.Entities.Data;

/// <summary>
/// Where the entity tagger's licensed data lives: the trained model, the general dictionary lists and the gazetteers, embedded in
/// this assembly and kept apart from the MIT-licensed code that reads them (see LICENSE.md beside this file).
/// </summary>
public static class EntityData
{
    /// <summary>The embedded model's resource name.</summary>
    public const string ModelResource = "Mizan.Entities.Data.Models.ner-anercorp.bin";

    /// <summary>The resource prefix of the dictionary lists (dictionary-nouns.txt and the others).</summary>
    public const string DictionaryPrefix = "Mizan.Entities.Data.Dictionary.";

    /// <summary>The resource prefix of the gazetteers (gazetteer-places.txt and the others; CC BY 4.0, MIT and Unicode-DFS-2016 data).</summary>
    public const string GazetteerPrefix = "Mizan.Entities.Data.Gazetteers.";

    /// <summary>The assembly that holds the data.</summary>
    public static Assembly Assembly => typeof(EntityData).Assembly;

    /// <summary>The shipped model's bytes, or null when the build embedded none.</summary>
    public static Stream? OpenModel() => Assembly.GetManifestResourceStream(ModelResource);
}
