namespace Mizan.Ingest.Sources;

/// <summary>
/// A read-only stream that fails once more than a set number of bytes has been read through it: the guard against
/// archives whose entries expand far beyond what their headers declare.
/// </summary>
internal sealed class LimitedStream(Stream inner, long limit, string what) : Stream
{
    private long read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        read += n;
        return read > limit ? throw new LimitExceededException($"{what} expands beyond the {limit:N0}-byte limit") : n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}

/// <summary>Thrown by <see cref="LimitedStream"/> when an input expands beyond its limit.</summary>
internal sealed class LimitExceededException(string message) : IOException(message);
