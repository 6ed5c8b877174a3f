using PolicyQuiz.Cli;

return await CommandLine.RunAsync(args).ConfigureAwait(false);
