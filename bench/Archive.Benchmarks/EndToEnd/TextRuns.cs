using Microsoft.Data.Sqlite;

namespace Archive.Benchmarks.EndToEnd;

/// <summary>Queries drawn from the archive's own texts: a run of 2–6 hanzi at a random place of each report read.</summary>
internal static class TextRuns
{
    /// <summary>
    /// One run from each of <paramref name="count"/> reports (by id, from <paramref name="offset"/>), shaped by
    /// <paramref name="shape"/> (the run and how many queries were drawn before it).
    /// </summary>
    public static List<string> Draw(string dataDirectory, Random random, int count, int offset, Func<string, int, string> shape)
    {
        var queries = new List<string>();
        using var sqlite = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "archive.db")};Mode=ReadOnly");
        sqlite.Open();
        using var command = sqlite.CreateCommand();
        command.CommandText = "SELECT NormalizedText FROM Reports ORDER BY Id LIMIT $n OFFSET $o";
        command.Parameters.AddWithValue("$n", count);
        command.Parameters.AddWithValue("$o", offset);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var text = Archive.Storage.StoredText.Decode(reader.GetFieldValue<byte[]>(0)); // compressed, or plain in older archives
            for (var attempt = 0; attempt < 50; attempt++)
            {
                var length = random.Next(2, 7);
                var start = random.Next(Math.Max(1, text.Length - length));
                var run = text.Substring(start, Math.Min(length, text.Length - start));
                if (run.Length == length && run.All(c => c is >= '\u4E00' and <= '\u9FFF'))
                {
                    queries.Add(shape(run, queries.Count));
                    break;
                }
            }
        }

        return queries;
    }
}
