using System.Security.Cryptography;
using System.Text;

namespace Mizan.Web;

/// <summary>
/// The keys that open the API: one given on the command line or in the environment, and those of a key file, which
/// is read again whenever its last-write time or length changes (checked at each request; one file-system stat), so
/// deleting a line revokes that key without a restart. Only SHA-256 hashes of the keys are kept, and a presented key
/// is compared with each of them in constant time. No key is ever written to a message or a log.
/// </summary>
public sealed class AccessKeys
{
    /// <summary>The environment variable that may hold a key (safer than the command line, which other users can list).</summary>
    public const string EnvironmentVariable = "MIZAN_API_KEY";

    /// <summary>
    /// Characters a key has at least: 16 random characters of a base64 or hex alphabet carry 64 to 96 bits, more than
    /// can be guessed over HTTP; a shorter one is likely a word a person chose.
    /// </summary>
    public const int MinimumLength = 16;

    private readonly IReadOnlyList<KeyEntry> given;
    private readonly string? file;
    private readonly Action<string> warn;
    private readonly Lock reloading = new();
    private volatile Snapshot current;

    private AccessKeys(IReadOnlyList<KeyEntry> given, string? file, Snapshot fromFile, Action<string> warn)
    {
        this.given = given;
        this.file = file;
        this.warn = warn;
        current = fromFile;
    }

    /// <summary>The key file, when there is one (for messages).</summary>
    public string? File => file;

    /// <summary>How many keys open the API now.</summary>
    public int Count => given.Count + Current().Entries.Count;

    /// <summary>
    /// The keys of <paramref name="key"/> (named <c>api-key</c>) and of <paramref name="keyFile"/>; null with a message
    /// when neither is given, a key is too short, or the file is missing or holds no key (its bad lines named by
    /// number, never quoted). <paramref name="warn"/> hears of lines dropped when the file is read again.
    /// </summary>
    public static AccessKeys? Load(string? key, string? keyFile, Action<string>? warn, out string? error)
    {
        error = null;
        List<KeyEntry> given = [];
        if (key is not null)
        {
            if ((error = Check(key)) is not null)
            {
                return null;
            }

            given.Add(new KeyEntry("api-key", Hash(key.Trim())));
        }

        var fromFile = Snapshot.Empty;
        if (keyFile is not null)
        {
            if (!System.IO.File.Exists(keyFile))
            {
                error = $"{keyFile}: no such file.";
                return null;
            }

            fromFile = Read(keyFile, out var problems);
            if (problems.Count > 0 || fromFile.Entries.Count == 0)
            {
                error = problems.Count > 0 ? string.Join(" ", problems) : $"{keyFile} holds no key (one KEY or NAME:KEY a line).";
                return null;
            }
        }

        if (given.Count == 0 && keyFile is null)
        {
            error = "no access key is given.";
            return null;
        }

        return new AccessKeys(given, keyFile, fromFile, warn ?? (_ => { }));
    }

    /// <summary>Why <paramref name="key"/> cannot be a key (without quoting it); null when it can.</summary>
    public static string? Check(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Trim().Length < MinimumLength ? $"the key has fewer than {MinimumLength} characters." : null;
    }

    /// <summary>The name of the key <paramref name="presented"/> is, and an id for it that is not the key; null when it opens nothing.</summary>
    public (string Name, string Id)? Verify(string presented)
    {
        ArgumentNullException.ThrowIfNull(presented);
        var hash = Hash(presented);
        KeyEntry? match = null;

        // Every entry is compared, matched or not, so the time taken tells nothing about which key was close.
        foreach (var entry in given.Concat(Current().Entries))
        {
            if (CryptographicOperations.FixedTimeEquals(entry.Hash, hash))
            {
                match ??= entry;
            }
        }

        return match is null ? null : (match.Name, Convert.ToHexString(match.Hash.AsSpan(0, 8)));
    }

    /// <summary>The key file's keys, read again first when the file changed since last read.</summary>
    private Snapshot Current()
    {
        if (file is null)
        {
            return current;
        }

        var stamp = Stamp(file);
        var snapshot = current;
        if (stamp == snapshot.Stamp)
        {
            return snapshot;
        }

        lock (reloading)
        {
            if (current.Stamp != stamp)
            {
                current = Read(file, out var problems);
                foreach (var problem in problems)
                {
                    warn(problem + " That line opens nothing until it is fixed.");
                }

                warn($"{file} read again: {current.Entries.Count} key(s).");
            }

            return current;
        }
    }

    /// <summary>The keys of the file, one a line as KEY or NAME:KEY (split at the first colon), # starting a comment line.</summary>
    private static Snapshot Read(string path, out List<string> problems)
    {
        problems = [];
        var stamp = Stamp(path);
        string[] lines;
        try
        {
            lines = System.IO.File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file that is gone or unreadable opens nothing: failing closed is what revoking by deleting it means.
            problems.Add($"{path} cannot be read ({e.GetType().Name}).");
            return new Snapshot([], stamp);
        }

        List<KeyEntry> entries = [];
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var name = colon > 0 ? line[..colon].Trim() : $"line {i + 1}";
            var key = colon >= 0 ? line[(colon + 1)..].Trim() : line;
            if (Check(key) is { } problem)
            {
                problems.Add($"{path} line {i + 1}: {problem}");
                continue;
            }

            entries.Add(new KeyEntry(name, Hash(key)));
        }

        return new Snapshot(entries, stamp);
    }

    private static (DateTime, long) Stamp(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? (info.LastWriteTimeUtc, info.Length) : (DateTime.MinValue, -1);
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    private sealed record KeyEntry(string Name, byte[] Hash);

    private sealed record Snapshot(IReadOnlyList<KeyEntry> Entries, (DateTime, long) Stamp)
    {
        public static Snapshot Empty { get; } = new([], (DateTime.MinValue, -1));
    }
}
