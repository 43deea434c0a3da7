using System.Diagnostics;
using Archive.Search.Indexing;
using Archive.Testing;

namespace Archive.Search.Tests;

/// <summary>
/// Issue 20: the index's write lock is an OS lock that other processes see. Lucene.Net's own lock let two
/// processes open a writer on one folder here; these tests use a second real process (util-linux flock(1), the
/// same flock(2) lock) on each side.
/// </summary>
public sealed class IndexWriteLockTests
{
    [Fact]
    public async Task LockHeldByAnotherProcess_KeepsWritersOut_UntilThatProcessEnds()
    {
        using var root = new TempDirectory("archive-lock");
        var lockPath = Path.Combine(root.Path, IndexWriteLock.WriterFileName);
        // --no-fork: the process killed below is the one holding the lock, not a parent of it.
        using var holder = Process.Start(new ProcessStartInfo("flock", ["--exclusive", "--no-fork", lockPath, "sleep", "60"]) { UseShellExecute = false })!;
        try
        {
            await WaitUntilAsync(() => IndexWriteLock.TryAcquire(root.Path) is not { } taken || Release(taken));
            Assert.Null(IndexWriteLock.TryAcquire(root.Path));
            Assert.Throws<IndexBusyException>(() => IndexWriteLock.Acquire(root.Path, TimeSpan.FromMilliseconds(300)));

            var waiting = ArchiveIndexWriter.OpenAsync(root.Path, CancellationToken.None);
            await Task.Delay(500);
            Assert.False(waiting.IsCompleted, "a writer opened while another process held the lock");

            holder.Kill();
            await holder.WaitForExitAsync();
            using var writer = await waiting.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.NotNull(writer);
        }
        finally
        {
            if (!holder.HasExited)
            {
                holder.Kill();
            }
        }
    }

    [Fact]
    public void OpenWriter_IsSeenByAnotherProcess()
    {
        using var root = new TempDirectory("archive-lock");
        var lockPath = Path.Combine(root.Path, IndexWriteLock.WriterFileName);
        using (ArchiveIndexWriter.Open(root.Path))
        {
            Assert.Equal(1, FlockNonBlocking(lockPath));
            Assert.Null(IndexWriteLock.TryAcquire(root.Path));
        }

        Assert.Equal(0, FlockNonBlocking(lockPath));
    }

    /// <returns>flock(1)'s exit code: 0 when it got the lock, 1 when it was held.</returns>
    private static int FlockNonBlocking(string lockPath)
    {
        using var probe = Process.Start(new ProcessStartInfo("flock", ["--nonblock", "--exclusive", lockPath, "true"]) { UseShellExecute = false })!;
        probe.WaitForExit();
        return probe.ExitCode;
    }

    private static bool Release(IndexWriteLock taken)
    {
        taken.Dispose();
        return false;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "flock(1) did not take the lock within 30 s");
            await Task.Delay(50);
        }
    }
}
