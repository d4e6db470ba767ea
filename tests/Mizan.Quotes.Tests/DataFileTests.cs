using Mizan.Testing;
using Mizan.Text;

namespace Mizan.Quotes.Tests;

public sealed class DataFileTests
{
    [Fact]
    public void Every_quote_data_file_states_its_provenance() =>
        DataFileChecks.HaveProvenance(new LanguageDataFiles(typeof(QuoteExtractor).Assembly, "Mizan.Quotes.Data."), expectedFiles: 8);
}
