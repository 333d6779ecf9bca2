using System.Text;
using Enforcement.Cli;

Console.OutputEncoding = Encoding.UTF8;   // the messages are Vietnamese
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
return await CommandLine.RunAsync(args, Console.Out, Console.Error, cancel.Token);
