using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Newsroom.Benchmarks -- --filter '*Extraction*'
// dotnet run -c Release --project bench/Newsroom.Benchmarks -- --filter '*Generator*'
BenchmarkSwitcher.FromAssembly(typeof(Newsroom.Benchmarks.Corpus).Assembly).Run(args);
