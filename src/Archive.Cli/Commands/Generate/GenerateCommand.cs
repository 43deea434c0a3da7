using System.CommandLine;
using Archive.Cli.Infrastructure;
using Archive.Samples.Generation;

namespace Archive.Cli.Commands.Generate;

/// <summary>`archive generate --count N --seed S --out DIR [--error-rate R]`: synthetic reports with truth files.</summary>
public static class GenerateCommand
{
    public static readonly Option<int> Count = new("--count")
    {
        Description = "Number of reports to generate",
        Required = true,
    };

    public static readonly Option<ulong> Seed = new("--seed")
    {
        Description = "Seed: the same seed and options give byte-identical files",
        DefaultValueFactory = _ => 42UL,
    };

    public static readonly Option<string> Out = new("--out")
    {
        Description = "Output folder (created if missing): <name>.txt report and <name>.json truth per report",
        Required = true,
    };

    public static readonly Option<double> ErrorRate = new("--error-rate")
    {
        Description = "Fraction of reports with a deliberate identity error (flagged in their truth)",
        DefaultValueFactory = _ => GeneratorOptions.DefaultErrorRate,
    };

    public static readonly Option<bool> Series = new("--series")
    {
        Description = "Series mode (issue 24): bodies reporting year after year (8 reports each), with late, copied and cross-year faults put in, listed in series.tsv; no identity errors or date anomalies",
    };

    public static Command Create(CliContext context)
    {
        var command = new Command("generate", "Generate deterministic synthetic reports with ground-truth JSON (for tests, demos and benchmarks)")
        {
            Count,
            Seed,
            Out,
            ErrorRate,
            Series,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(Count) < 0)
            {
                result.AddError("--count must be 0 or more");
            }

            var rate = result.GetValue(ErrorRate);
            if (rate is < 0 or > 1 || double.IsNaN(rate))
            {
                result.AddError("--error-rate must be between 0 and 1");
            }
        });
        command.SetAction((result, ct) => GenerateHandler.RunAsync(
            new GenerateInput(result.GetValue(Count), result.GetValue(Seed), result.GetValue(Out)!, result.GetValue(ErrorRate)) { Series = result.GetValue(Series) }, context, ct));
        return command;
    }
}

public sealed record GenerateInput(int Count, ulong Seed, string OutDirectory, double ErrorRate)
{
    /// <summary>Series mode: <see cref="SeriesOptions"/> with their default rates; identity errors and date anomalies off.</summary>
    public bool Series { get; init; }
}
