using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Archive.Search.Indexing;

/// <summary>
/// An exclusive OS lock on a file in the index root, held by whoever writes the index: flock(2) on Linux and
/// macOS, a share-none open elsewhere. Lucene.Net's NativeFSLockFactory did not keep a second process out on
/// Linux (two processes both opened an IndexWriter on one folder and corrupted it), so every writer of an
/// index root takes this lock first. The kernel drops it when the holder dies, kill -9 included, so there is
/// no stale lock to clean up.
/// </summary>
public sealed partial class IndexWriteLock : IDisposable
{
    /// <summary>Held while a process writes the live generation (or publishes a new one).</summary>
    public const string WriterFileName = "writer.lock";

    /// <summary>Held for the whole of a rebuild, so two rebuilds never build or publish at once.</summary>
    public const string RebuildFileName = "rebuild.lock";

    private const int LockExclusive = 2;
    private const int LockNonBlocking = 4;
    private const int LockUnlock = 8;

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// After releasing a lock, this process leaves it alone this long, so processes polling for it get their turn:
    /// without it a server taking uploads re-took the lock within microseconds after every batch, and a
    /// concurrent `archive reindex` waited over 4 minutes to swap in its generation.
    /// </summary>
    private static readonly TimeSpan HandOver = TimeSpan.FromMilliseconds(150);

    private static readonly ConcurrentDictionary<string, long> ReleasedAt = new(StringComparer.Ordinal);

    private readonly FileStream _stream;

    private IndexWriteLock(FileStream stream, string path)
    {
        _stream = stream;
        Path = path;
    }

    /// <summary>The lock file.</summary>
    public string Path { get; }

    /// <summary>Takes the lock at once, or returns null when another holder (this process or another) has it.</summary>
    public static IndexWriteLock? TryAcquire(string indexRoot, string fileName = WriterFileName)
    {
        Directory.CreateDirectory(indexRoot);
        var path = System.IO.Path.Combine(indexRoot, fileName);
        FileStream stream;
        try
        {
            // Share-none is what Windows enforces; on Unix .NET turns it into flock(LOCK_EX|LOCK_NB) unless file
            // locking is switched off by configuration, which is why flock is also called directly below.
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }

        if ((OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()) && !TryFlock(stream))
        {
            stream.Dispose();
            return null;
        }

        return new IndexWriteLock(stream, path);
    }

    /// <summary>Waits until the lock is free and takes it.</summary>
    public static async Task<IndexWriteLock> AcquireAsync(string indexRoot, CancellationToken cancellationToken, string fileName = WriterFileName)
    {
        var wait = HandOverLeft(indexRoot, fileName);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
        }

        while (true)
        {
            var held = TryAcquire(indexRoot, fileName);
            if (held is not null)
            {
                return held;
            }

            await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Waits up to <paramref name="timeout"/> for the lock (for synchronous callers).</summary>
    /// <exception cref="IndexBusyException">Another writer kept the lock for the whole wait.</exception>
    public static IndexWriteLock Acquire(string indexRoot, TimeSpan timeout, string fileName = WriterFileName)
    {
        var deadline = DateTime.UtcNow + timeout;
        var wait = HandOverLeft(indexRoot, fileName);
        if (wait > TimeSpan.Zero)
        {
            Thread.Sleep(wait);
        }

        while (true)
        {
            var held = TryAcquire(indexRoot, fileName);
            if (held is not null)
            {
                return held;
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new IndexBusyException(System.IO.Path.Combine(indexRoot, fileName));
            }

            Thread.Sleep(PollInterval);
        }
    }

    public void Dispose()
    {
        ReleasedAt[Path] = Stopwatch.GetTimestamp();
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            _ = Flock((int)_stream.SafeFileHandle.DangerousGetHandle(), LockUnlock);
        }

        _stream.Dispose();
    }

    private static TimeSpan HandOverLeft(string indexRoot, string fileName) =>
        ReleasedAt.TryGetValue(System.IO.Path.Combine(indexRoot, fileName), out var released)
            ? HandOver - Stopwatch.GetElapsedTime(released)
            : TimeSpan.Zero;

    private static bool TryFlock(FileStream stream) =>
        Flock((int)stream.SafeFileHandle.DangerousGetHandle(), LockExclusive | LockNonBlocking) == 0;

    [LibraryImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static partial int Flock(int fd, int operation);
}

/// <summary>Another process kept the index's write lock for longer than the caller would wait.</summary>
public sealed class IndexBusyException(string lockPath)
    : IOException($"the search index is being written by another process (lock {lockPath} is held)")
{
    public string LockPath { get; } = lockPath;
}
