using BenchmarkDotNet.Running;

// Runs every benchmark class in this assembly; pass --filter '*Extract*' etc. (BenchmarkDotNet switches).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
