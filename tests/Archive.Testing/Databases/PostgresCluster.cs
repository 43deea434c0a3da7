using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Archive.Testing.Databases;

/// <summary>
/// A PostgreSQL cluster of the tests' own: initdb in a temp directory, a free loopback port, trust authentication,
/// the socket in that directory (nothing of the machine's own server is used or touched). One per test process,
/// started by the first test that asks and stopped (and deleted) when the process exits; each test class gets a
/// database of its own (<see cref="CreateDatabaseAsync"/>).
/// </summary>
public sealed class PostgresCluster
{
    private static readonly SemaphoreSlim StartLock = new(1, 1);
    private static PostgresCluster? _shared;

    private readonly string _bin;
    private readonly string _directory;
    private readonly string? _runAs;

    private PostgresCluster(string bin, string directory, int port, string? runAs)
    {
        _bin = bin;
        _directory = directory;
        Port = port;
        _runAs = runAs;
    }

    public int Port { get; }

    /// <summary>Where initdb and pg_ctl are: $ARCHIVE_PG_BIN, else the newest /usr/lib/postgresql/N/bin, else PATH; null when none.</summary>
    public static string? BinDirectory { get; } = FindBinaries();

    /// <summary>
    /// Why PostgreSQL tests cannot run here, or null when they can. In CI (CI=true) a missing PostgreSQL is a failure
    /// (.ci/run installs it), never a silent skip, so this is null there and the tests fail starting the cluster.
    /// </summary>
    public static string? SkipReason =>
        BinDirectory is not null || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? null
            : "PostgreSQL binaries (initdb, pg_ctl) not found: apt-get install postgresql, or set ARCHIVE_PG_BIN (CI installs them and fails instead of skipping)";

    /// <summary>The shared cluster, started on first use.</summary>
    public static async Task<PostgresCluster> SharedAsync()
    {
        if (_shared is { } started)
        {
            return started;
        }

        await StartLock.WaitAsync();
        try
        {
            if (_shared is null)
            {
                var cluster = await StartAsync();
                AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();
                _shared = cluster;
            }

            return _shared;
        }
        finally
        {
            StartLock.Release();
        }
    }

    /// <summary>A new empty database (UTF-8) on this cluster; its Npgsql connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        // PostgreSQL names are at most 63 bytes: 30 of the prefix, '_', 32 of the guid.
        var name = $"{new string([.. prefix.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(30)])}_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing whatever still holds a connection to it.</summary>
    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Npgsql's form for <paramref name="database"/>. Idle pooled connections close after 2 s: every test class makes
    /// its own database and pool, and the cluster's connection slots are shared by all of them.
    /// </summary>
    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Database = database,
        Username = "postgres",
        ConnectionIdleLifetime = 2,
        ConnectionPruningInterval = 1,
        MaxPoolSize = 20,
    }.ConnectionString;

    private static async Task<PostgresCluster> StartAsync()
    {
        var bin = BinDirectory ?? throw new InvalidOperationException(
            "PostgreSQL binaries (initdb, pg_ctl) not found and CI=true: .ci/run installs Debian's postgresql; install it (apt-get install postgresql) or set ARCHIVE_PG_BIN");

        // initdb and the server refuse to run as root: as root (CI, this machine) they run as the postgres user.
        var runAs = Environment.UserName == "root" ? "postgres" : null;
        var directory = Path.Combine(Path.GetTempPath(), $"archive-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        if (runAs is not null)
        {
            await RunAsync("chown", [runAs, directory], null);
        }

        // The data needs no durability: fsync and full-page writes off make CREATE DATABASE and commits fast.
        var data = Path.Combine(directory, "data");
        await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"], runAs);
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            var cluster = new PostgresCluster(bin, directory, port, runAs);
            try
            {
                await RunAsync(Path.Combine(bin, "pg_ctl"),
                [
                    "-D", data, "-l", Path.Combine(directory, "server.log"), "-w", "-t", "60",
                    "-o", $"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300",
                    "start",
                ], runAs);
                return cluster;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                // Another process took the port between FreePort and the server's bind: try another.
            }
        }
    }

    private void Stop()
    {
        try
        {
            RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", Path.Combine(_directory, "data"), "-m", "immediate", "-w", "stop"], _runAs).GetAwaiter().GetResult();
        }
        catch (InvalidOperationException)
        {
            // Already stopped: the directory goes all the same.
        }

        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>
    /// A streaming standby of this cluster (issue 26's deployment): <c>pg_basebackup -R</c> into a temp directory and
    /// started on a loopback port of its own, read-only, replaying the primary's WAL. Stop it with DisposeAsync.
    /// </summary>
    public async Task<PostgresStandby> StartStandbyAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"archive-pg-standby-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        if (_runAs is not null)
        {
            await RunAsync("chown", [_runAs, directory], null);
        }

        // A fast checkpoint: the default spread one waited 90 s for the primary's checkpoint.
        var data = Path.Combine(directory, "data");
        await RunAsync(Path.Combine(_bin, "pg_basebackup"), ["-h", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", "postgres", "-D", data, "-R", "-X", "stream", "--no-sync", "--checkpoint=fast"], _runAs);
        var port = FreePort();
        await RunAsync(Path.Combine(_bin, "pg_ctl"),
        [
            "-D", data, "-l", Path.Combine(directory, "server.log"), "-w", "-t", "60",
            "-o", $"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off -c hot_standby=on -c max_connections=300",
            "start",
        ], _runAs);
        return new PostgresStandby(this, directory, port);
    }

    /// <summary>A standby started by <see cref="StartStandbyAsync"/>.</summary>
    public sealed class PostgresStandby : IAsyncDisposable
    {
        private readonly PostgresCluster _primary;
        private readonly string _directory;

        internal PostgresStandby(PostgresCluster primary, string directory, int port)
        {
            _primary = primary;
            _directory = directory;
            Port = port;
        }

        public int Port { get; }

        /// <summary>Npgsql's form for <paramref name="database"/> on the standby.</summary>
        public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder(_primary.ConnectionString(database)) { Port = Port }.ConnectionString;

        public async ValueTask DisposeAsync()
        {
            try
            {
                await RunAsync(Path.Combine(_primary._bin, "pg_ctl"), ["-D", Path.Combine(_directory, "data"), "-m", "immediate", "-w", "stop"], _primary._runAs);
            }
            catch (InvalidOperationException)
            {
            }

            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments, string? runAs)
    {
        var start = new ProcessStartInfo(runAs is null ? program : "runuser")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (runAs is not null)
        {
            foreach (var argument in (string[])["-u", runAs, "--", program])
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} exited {process.ExitCode}: {await error}{await output}");
        }
    }

    private static string? FindBinaries()
    {
        if (Environment.GetEnvironmentVariable("ARCHIVE_PG_BIN") is { Length: > 0 } configured && File.Exists(Path.Combine(configured, "initdb")))
        {
            return configured;
        }

        if (Directory.Exists("/usr/lib/postgresql"))
        {
            var newest = Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Directory: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(d => File.Exists(Path.Combine(d.Directory, "initdb")))
                .OrderByDescending(d => d.Version)
                .FirstOrDefault();
            if (newest.Directory is not null)
            {
                return newest.Directory;
            }
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .FirstOrDefault(d => d.Length > 0 && File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }
}
