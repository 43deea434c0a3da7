using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Archive.Storage;
using Microsoft.Data.Sqlite;

namespace Archive.Benchmarks.EndToEnd;

/// <summary>
/// `text-decode DB_PATH [REPORTS] [ROUNDS]`: CPU per stored normalized text decoded, <see cref="StoredText.Decode"/>
/// against the BrotliStream-into-MemoryStream decode it replaced, over the first REPORTS texts (read-only), alternating.
/// </summary>
internal static class TextDecode
{
    public static int Run(string[] args)
    {
        var reports = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 500;
        var rounds = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20;
        var stored = new List<byte[]>();
        using (var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = args[0], Mode = SqliteOpenMode.ReadOnly }.ToString()))
        {
            db.Open();
            using var command = db.CreateCommand();
            command.CommandText = $"SELECT NormalizedText FROM Reports ORDER BY Id LIMIT {reports}";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                stored.Add((byte[])reader.GetValue(0));
            }
        }

        foreach (var value in stored)
        {
            if (!string.Equals(StoredText.Decode(value), StreamDecode(value), StringComparison.Ordinal))
            {
                throw new InvalidOperationException("the two decodes differ");
            }
        }

        var variants = new (string Name, Func<byte[], string> Decode)[] { ("BrotliStream (before)", StreamDecode), ("StoredText.Decode", StoredText.Decode) };
        var cpu = new TimeSpan[variants.Length];
        var process = Process.GetCurrentProcess();
        for (var round = 0; round < rounds; round++)
        {
            for (var v = 0; v < variants.Length; v++)
            {
                process.Refresh();
                var before = process.TotalProcessorTime;
                foreach (var value in stored)
                {
                    variants[v].Decode(value);
                }

                process.Refresh();
                if (round >= rounds / 4)
                {
                    cpu[v] += process.TotalProcessorTime - before;
                }
            }
        }

        var counted = (rounds - (rounds / 4)) * stored.Count;
        Console.WriteLine($"{stored.Count} texts, {stored.Sum(s => (long)s.Length) / stored.Count} bytes stored on average, {counted} decodes counted per variant");
        for (var v = 0; v < variants.Length; v++)
        {
            Console.WriteLine($"  {variants[v].Name,-22} {cpu[v].TotalMicroseconds / counted:F1} µs CPU per text");
        }

        return 0;
    }

    private static string StreamDecode(byte[] stored)
    {
        if (stored.Length < 2 || stored[0] != 0xFF)
        {
            return Encoding.UTF8.GetString(stored);
        }

        using var input = new MemoryStream(stored, 2, stored.Length - 2, writable: false);
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream(stored.Length * 4);
        brotli.CopyTo(output);
        return Encoding.UTF8.GetString(output.GetBuffer(), 0, (int)output.Length);
    }
}
