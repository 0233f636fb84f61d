using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Newsroom.Benchmarks -- --filter '*Extraction*'
// dotnet run -c Release --project bench/Newsroom.Benchmarks -- --filter '*Generator*'
// dotnet run -c Release --project bench/Newsroom.Benchmarks -- --cold [RUNS]   (a first pass in fresh processes: ColdPass)
// dotnet run -c Release --project bench/Newsroom.Benchmarks -- --generator-runs [RUNS] [ARTICLES]   (the whole generator, run after run: GeneratorRuns)
// dotnet run -c Release --project bench/Newsroom.Benchmarks -- --sizes [ARTICLES] [TEXTS]   (the generated files and their sizes: Sizes)
// dotnet run -c Release --project bench/Newsroom.Benchmarks -- --naming [RUNS] [ARTICLES]   (the naming pass alone, warm: NamingRuns)
// dotnet run -c Release --project bench/Newsroom.Benchmarks -- --edit-runs [EDITS] [ARTICLES]   (one-article edits of a warm driver: GeneratorRuns)
if (args.Length > 0 && args[0] is "--cold" or "--cold-once" or "--passes" or "--dump") return Newsroom.Benchmarks.ColdPass.Run(args);
if (args.Length > 0 && args[0] is "--sizes") return Newsroom.Benchmarks.Sizes.Run(args);
if (args.Length > 0 && args[0] is "--naming") return Newsroom.Benchmarks.NamingRuns.Run(args);
if (args.Length > 0 && args[0] is "--generator-runs" or "--edit-runs") return Newsroom.Benchmarks.GeneratorRuns.Run(args);
BenchmarkSwitcher.FromAssembly(typeof(Newsroom.Benchmarks.Corpus).Assembly).Run(args);
return 0;
