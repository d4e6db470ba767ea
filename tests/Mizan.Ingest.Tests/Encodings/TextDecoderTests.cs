using System.Text;
using Mizan.Ingest.Encodings;

namespace Mizan.Ingest.Tests.Encodings;

/// <summary>Each encoding Arabic news arrives in is recognised from its bytes alone, and what is not text is refused.</summary>
public sealed class TextDecoderTests
{
    private const string Arabic = "قال المتحدث باسم الحكومة إن الاجتماع سيعقد في العاصمة يوم الخميس، وإن الوفود وصلت.\n";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Utf8_without_a_byte_order_mark()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(Arabic));
        Assert.Equal((Arabic, TextDecoder.Utf8), (decoded.Text, decoded.Encoding));
    }

    [Fact]
    public void Utf8_with_a_byte_order_mark_loses_the_mark()
    {
        var decoded = TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Arabic)]);
        Assert.Equal((Arabic, TextDecoder.Utf8), (decoded.Text, decoded.Encoding));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_with_a_byte_order_mark(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var decoded = TextDecoder.Decode([.. encoding.GetPreamble(), .. encoding.GetBytes(Arabic)]);
        Assert.Equal(Arabic, decoded.Text);
        Assert.Equal(bigEndian ? TextDecoder.Utf16BigEndian : TextDecoder.Utf16LittleEndian, decoded.Encoding);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_without_a_byte_order_mark_is_recognised_by_its_high_bytes(bool bigEndian)
    {
        var decoded = TextDecoder.Decode(new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(Arabic));
        Assert.Equal(Arabic, decoded.Text);
        Assert.Equal(bigEndian ? TextDecoder.Utf16BigEndian : TextDecoder.Utf16LittleEndian, decoded.Encoding);
    }

    [Fact]
    public void Windows_1256_is_told_from_its_bytes()
    {
        var decoded = TextDecoder.Decode(Encoding.GetEncoding(1256).GetBytes(Arabic));
        Assert.Equal((Arabic, TextDecoder.Windows1256), (decoded.Text, decoded.Encoding));
    }

    [Fact]
    public void Iso_8859_6_is_told_from_its_bytes()
    {
        var decoded = TextDecoder.Decode(Encoding.GetEncoding(28596).GetBytes(Arabic));
        Assert.Equal((Arabic, TextDecoder.Iso88596), (decoded.Text, decoded.Encoding));
    }

    [Fact]
    public void A_declared_charset_is_honoured_when_the_bytes_agree()
    {
        var bytes = Encoding.GetEncoding(28596).GetBytes(Arabic);
        Assert.Equal(TextDecoder.Iso88596, TextDecoder.Decode(bytes, "ISO-8859-6").Encoding);
        Assert.Equal(TextDecoder.Iso88596, TextDecoder.Decode(bytes, "arabic").Encoding);
    }

    [Fact]
    public void A_wrong_utf8_declaration_falls_back_to_what_the_bytes_are()
    {
        var decoded = TextDecoder.Decode(Encoding.GetEncoding(1256).GetBytes(Arabic), "utf-8");
        Assert.Equal((Arabic, TextDecoder.Windows1256), (decoded.Text, decoded.Encoding));
    }

    [Fact]
    public void Undeclared_latin_text_is_read_as_windows_1252_and_says_it_was_guessed()
    {
        const string French = "Le président a déclaré que la réunion aura lieu à Genève, été comme hiver.";
        var decoded = TextDecoder.Decode(Encoding.Latin1.GetBytes(French));
        Assert.Equal((French, "windows-1252"), (decoded.Text, decoded.Encoding));
        Assert.Contains("declares no charset", decoded.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_with_a_broken_byte_is_read_with_a_replacement_and_a_warning_naming_its_offset()
    {
        var bytes = Encoding.UTF8.GetBytes(Arabic).ToList();
        bytes.Insert(6, 0xFF);
        var decoded = TextDecoder.Decode(bytes.ToArray());
        Assert.Equal(Arabic.Insert(3, "\uFFFD"), decoded.Text);
        Assert.Contains("not valid UTF-8", decoded.Warning, StringComparison.Ordinal);
        Assert.Contains("offset 6", decoded.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Mostly_broken_utf8_is_refused()
    {
        var bytes = Encoding.UTF8.GetBytes(Arabic).Select((b, i) => i % 3 == 0 ? (byte)0xFF : b).ToArray();
        Assert.Null(TextDecoder.Decode(bytes).Text);
    }

    [Theory]
    [InlineData("windows-1252", "windows-1252")]
    [InlineData("KOI8-R", "koi8-r")]
    [InlineData("Shift_JIS", "shift_jis")]
    [InlineData("latin1", "iso-8859-1")]
    [InlineData("utf-7", null)]
    [InlineData("no-such-charset", null)]
    public void Any_charset_dotnet_decodes_is_known_but_utf7(string label, string? canonical)
    {
        Assert.Equal(canonical, TextDecoder.Canonical(label));
    }

    [Fact]
    public void Binary_bytes_are_refused()
    {
        var random = new Random(7);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        var decoded = TextDecoder.Decode(bytes);
        Assert.Null(decoded.Text);
        Assert.NotNull(decoded.Error);
    }

    [Fact]
    public void Empty_input_is_empty_text()
    {
        Assert.Equal(string.Empty, TextDecoder.Decode([]).Text);
    }
}
