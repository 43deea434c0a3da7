using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Archive.Ingest.Pipeline;

/// <summary>
/// Reads a report file only when it is a regular file of bounded size. A FIFO named .txt used to block ingest
/// forever (open waits for a writer), and /dev/zero behind a .txt symlink passed the size check (a device's size
/// is 0) and read until memory ran out; a symlink loop is refused with its reason.
/// </summary>
internal static partial class RegularFileReader
{
    // Linux x64/arm64 values: O_RDONLY | O_NONBLOCK | O_CLOEXEC. O_NONBLOCK makes open() of a FIFO return at once.
    private const int OpenFlags = 0x800 | 0x80000;

    /// <exception cref="IngestException">Not a regular file, too large, or unreadable; the message is the reason.</exception>
    public static async Task<byte[]> ReadAsync(string path, long maxBytes, CancellationToken cancellationToken)
    {
        FileStream stream;
        try
        {
            stream = OpenForReading(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IngestException(ex.Message.Contains("symbolic links", StringComparison.OrdinalIgnoreCase)
                ? "symbolic link loop"
                : $"cannot read: {ex.Message}");
        }

        await using (stream)
        {
            // Pipes, sockets and terminals cannot seek; regular files can.
            if (!stream.CanSeek)
            {
                throw new IngestException("not a regular file (a pipe, socket or device)");
            }

            var declared = stream.Length;
            if (declared > maxBytes)
            {
                throw new IngestException($"file is {declared / (1024 * 1024)} MB, over the {maxBytes / (1024 * 1024)} MB limit");
            }

            // Read at most one byte past the limit, whatever the size said: a device reports 0 and reads on.
            var buffer = new MemoryStream(declared > 0 ? (int)declared : 4096);
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > maxBytes || (declared == 0 && buffer.Length > 0 && buffer.Length > chunk.Length * 16))
                {
                    throw new IngestException(declared == 0
                        ? "not a regular file (reports size 0 but reads on: a device?)"
                        : $"file grew past the {maxBytes / (1024 * 1024)} MB limit while being read");
                }
            }

            return buffer.ToArray();
        }
    }

    private static FileStream OpenForReading(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.Asynchronous);
        }

        var fd = Open(path, OpenFlags);
        if (fd < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            throw new IOException(errno switch
            {
                2 => "file not found",
                13 => "permission denied",
                40 => "too many levels of symbolic links",
                6 => "not a regular file (a socket or device without a reader)",
                _ => $"open failed (errno {errno})",
            });
        }

        var handle = new SafeFileHandle(fd, ownsHandle: true);
        try
        {
            return new FileStream(handle, FileAccess.Read, 1);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);
}
