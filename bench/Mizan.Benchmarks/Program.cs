using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Mizan.Benchmarks.TextCoreBenchmarks).Assembly).Run(args);
