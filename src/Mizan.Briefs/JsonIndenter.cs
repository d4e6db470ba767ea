using System.Text;
using Mizan.Core.Json;

namespace Mizan.Briefs;

/// <summary>
/// Turns compact JSON, as <see cref="MizanJson.Compact"/> writes it, into the indented JSON that
/// <see cref="MizanJson.Indented"/> writes for the same value, byte for byte. It works as a stream over UTF-8: the
/// document may come in pieces cut anywhere (a brief read back story by story), and nothing is parsed, decoded or
/// escaped again, so a stored document is printed at about the speed of a copy.
/// </summary>
public sealed class JsonIndenter(Stream output)
{
    /// <summary>The spaces per level: the serializer's default, which <see cref="MizanJson.Indented"/> keeps.</summary>
    private const int IndentSize = 2;

    /// <summary>
    /// Output is gathered into blocks of this size before it is written: a few hundred writes for a brief of hundreds
    /// of megabytes, and a small buffer beside the document.
    /// </summary>
    private const int BlockSize = 1 << 20;

    /// <summary>The serializer's default new line, which <see cref="MizanJson.Indented"/> keeps.</summary>
    private static readonly byte[] NewLine = Encoding.UTF8.GetBytes(Environment.NewLine);

    private readonly byte[] block = new byte[BlockSize];
    private int used;
    private int depth;
    private bool inString;
    private bool escaped;

    /// <summary>An object or array has just been opened: a new line follows unless it closes at once (<c>[]</c>).</summary>
    private bool opened;

    /// <summary>Indents the next piece of the compact document.</summary>
    public void Write(ReadOnlySpan<byte> json)
    {
        var i = 0;
        while (i < json.Length)
        {
            if (inString)
            {
                i += CopyString(json[i..]);
                continue;
            }

            var next = json[i++];
            switch (next)
            {
                case (byte)'{' or (byte)'[':
                    BreakAfterOpening();
                    Put(next);
                    depth++;
                    opened = true;
                    break;
                case (byte)'}' or (byte)']':
                    depth--;
                    if (opened)
                    {
                        opened = false;
                    }
                    else
                    {
                        Break();
                    }

                    Put(next);
                    break;
                case (byte)',':
                    Put(next);
                    Break();
                    break;
                case (byte)':':
                    Put(next);
                    Put((byte)' ');
                    break;
                default:
                    BreakAfterOpening();
                    Put(next);
                    inString = next == (byte)'"';
                    break;
            }
        }
    }

    /// <summary>Writes out what is gathered and flushes the output.</summary>
    public void Flush()
    {
        Drain();
        output.Flush();
    }

    /// <summary>Copies string content up to and including its closing quote, or all of it; returns the bytes taken.</summary>
    private int CopyString(ReadOnlySpan<byte> json)
    {
        if (escaped)
        {
            escaped = false;
            Put(json[0]);
            return 1;
        }

        var stop = json.IndexOfAny((byte)'"', (byte)'\\');
        if (stop < 0)
        {
            Put(json);
            return json.Length;
        }

        Put(json[..(stop + 1)]);
        escaped = json[stop] == (byte)'\\';
        inString = escaped;
        return stop + 1;
    }

    private void BreakAfterOpening()
    {
        if (opened)
        {
            opened = false;
            Break();
        }
    }

    /// <summary>A new line and the current level's indentation.</summary>
    private void Break()
    {
        Put(NewLine);
        var spaces = depth * IndentSize;
        if (BlockSize - used < spaces)
        {
            Drain();
        }

        block.AsSpan(used, spaces).Fill((byte)' ');
        used += spaces;
    }

    private void Put(byte value)
    {
        if (used == BlockSize)
        {
            Drain();
        }

        block[used++] = value;
    }

    private void Put(ReadOnlySpan<byte> bytes)
    {
        if (BlockSize - used < bytes.Length)
        {
            Drain();
            if (bytes.Length >= BlockSize)
            {
                output.Write(bytes);
                return;
            }
        }

        bytes.CopyTo(block.AsSpan(used));
        used += bytes.Length;
    }

    private void Drain()
    {
        output.Write(block, 0, used);
        used = 0;
    }
}
