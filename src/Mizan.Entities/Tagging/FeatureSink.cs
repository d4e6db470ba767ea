namespace Mizan.Entities.Tagging;

/// <summary>
/// Where the word features of <see cref="FeatureExtractor.AddWordFeatures{TSink}"/> go, each as a prefix and a value
/// (n=, الكاظمي): a list of names for training and for <see cref="FeatureExtractor.Extract"/>, or a lookup of their
/// weights that never makes the names (<see cref="NerModel"/>, which weighs each word it meets once).
/// </summary>
internal interface IFeatureSink
{
    /// <summary>A feature with no value (bias).</summary>
    void Add(string name);

    /// <summary>The feature named <paramref name="prefix"/> followed by <paramref name="value"/>.</summary>
    void Add(string prefix, ReadOnlySpan<char> value);

    /// <summary>The feature of two values (a word bigram): <paramref name="prefix"/>, the first, the separator, the second.</summary>
    void Add(string prefix, ReadOnlySpan<char> first, char separator, ReadOnlySpan<char> second);
}

/// <summary>The features as names, appended to a list.</summary>
internal readonly struct FeatureList(List<string> names) : IFeatureSink
{
    public void Add(string name) => names.Add(name);

    public void Add(string prefix, ReadOnlySpan<char> value) => names.Add(string.Concat(prefix, value));

    public void Add(string prefix, ReadOnlySpan<char> first, char separator, ReadOnlySpan<char> second) =>
        names.Add(string.Concat(prefix, first, new ReadOnlySpan<char>(in separator), second));
}
