namespace Mizan.Stories;

/// <summary>How the grouping's saved parts are read back: a layout number first, then the part; a part of another
/// layout, or cut short, is refused by name as <see cref="InvalidDataException"/>.</summary>
internal static class StoredLayout
{
    public static T Read<T>(BinaryReader reader, int layout, string what, Func<T> read)
    {
        try
        {
            if (reader.ReadInt32() is var found && found != layout)
            {
                throw new InvalidDataException($"{what} of layout {found}, not {layout}");
            }

            return read();
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"{what} cut short", e);
        }
    }
}
