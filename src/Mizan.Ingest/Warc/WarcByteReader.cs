using System.Text;

namespace Mizan.Ingest.Warc;

/// <summary>How reading a line ended.</summary>
internal enum LineEnd
{
    /// <summary>The line ended with LF (or CRLF).</summary>
    Newline,

    /// <summary>The stream ended after some bytes of the line and before its newline.</summary>
    EndOfStream,

    /// <summary>The stream ended before the line began.</summary>
    NothingLeft,
}

/// <summary>A forward-only buffered reader of lines and byte runs over a stream it does not own.</summary>
internal sealed class WarcByteReader
{
    /// <summary>64 KiB reads make stream calls rare next to the bytes moved, at a fixed memory cost per reader whatever the record limit.</summary>
    private const int BufferSize = 64 * 1024;

    private readonly Stream stream;
    private readonly byte[] buffer = new byte[BufferSize];
    private int start;
    private int end;

    public WarcByteReader(Stream stream) => this.stream = stream;

    /// <summary>How many bytes of the stream have been consumed.</summary>
    public long Position { get; private set; }

    /// <summary>
    /// Reads one line and decodes it as UTF-8 (WARC 1.1 §4 header encoding), without its CR and LF. Bytes past
    /// <paramref name="maxBytes"/> are consumed but dropped, and <paramref name="tooLong"/> says so.
    /// </summary>
    public LineEnd ReadLine(int maxBytes, out string line, out bool tooLong)
    {
        var kept = new List<byte>();
        tooLong = false;
        while (true)
        {
            if (start == end && !Fill())
            {
                line = Decode(kept);
                return kept.Count == 0 && !tooLong ? LineEnd.NothingLeft : LineEnd.EndOfStream;
            }

            var newline = Array.IndexOf(buffer, (byte)'\n', start, end - start);
            var stop = newline < 0 ? end : newline;
            var room = Math.Max(0, maxBytes - kept.Count);
            var take = Math.Min(room, stop - start);
            kept.AddRange(buffer.AsSpan(start, take));
            tooLong |= stop - start > take;
            Consume((newline < 0 ? end : newline + 1) - start);
            if (newline >= 0)
            {
                line = Decode(kept);
                return LineEnd.Newline;
            }
        }
    }

    /// <summary>Fills <paramref name="destination"/> from the stream; fewer bytes than its length means the stream ended.</summary>
    public int ReadInto(Span<byte> destination)
    {
        var copied = 0;
        while (copied < destination.Length)
        {
            if (start == end && !Fill())
            {
                break;
            }

            var take = Math.Min(end - start, destination.Length - copied);
            buffer.AsSpan(start, take).CopyTo(destination[copied..]);
            Consume(take);
            copied += take;
        }

        return copied;
    }

    /// <summary>Consumes up to <paramref name="count"/> bytes without keeping them; returns how many there were.</summary>
    public long Skip(long count)
    {
        var skipped = 0L;
        while (skipped < count)
        {
            if (start == end && !Fill())
            {
                break;
            }

            var take = (int)Math.Min(end - start, count - skipped);
            Consume(take);
            skipped += take;
        }

        return skipped;
    }

    private void Consume(int count)
    {
        start += count;
        Position += count;
    }

    private bool Fill()
    {
        start = 0;
        end = stream.Read(buffer, 0, buffer.Length);
        return end > 0;
    }

    private static string Decode(List<byte> bytes)
    {
        var count = bytes.Count;
        if (count > 0 && bytes[count - 1] == '\r')
        {
            count--;
        }

        return Encoding.UTF8.GetString(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(bytes)[..count]);
    }
}
