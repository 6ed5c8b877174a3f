using System.Collections.Concurrent;

namespace PolicyQuiz.Packs.Reading;

/// <summary>
/// Runs another syntax reader on a second thread and hands its events over in batches, so parsing a
/// big file and building the pack from it use two cores. Events, problems reported along the way and
/// a syntax error that stops reading all arrive in the order the inner reader produced them. Read-ahead
/// is bounded; disposing stops the producer.
/// </summary>
internal sealed class PipelinedSyntaxReader : SyntaxReader, IDisposable
{
    private const int BatchSize = 2048;

    private readonly BlockingCollection<Batch> _batches = new(boundedCapacity: 8);
    private readonly CancellationTokenSource _stop = new();
    private readonly Action<int, int, string> _report;
    private readonly Task _producer;
    private Batch? _current;
    private int _next;
    private bool _ended;

    /// <param name="open">Makes the inner reader, given where it should report problems.</param>
    /// <param name="report">Where problems go, called on the reading thread.</param>
    public PipelinedSyntaxReader(Func<Action<int, int, string>, SyntaxReader> open, Action<int, int, string> report)
    {
        _report = report;
        var token = _stop.Token;
        _producer = Task.Run(() => Produce(open, token), token);
    }

    public override SyntaxEvent Next()
    {
        while (!_ended)
        {
            if (_current is not null && _next < _current.Events.Count)
            {
                return _current.Events[_next++];
            }

            if (_current?.Error is { } error)
            {
                _ended = true;
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
            }

            if (_current is { Last: true })
            {
                _ended = true;
                break;
            }

            _current = _batches.Take();
            _next = 0;
            foreach (var (line, column, message) in _current.Reports)
            {
                _report(line, column, message);
            }
        }

        return new SyntaxEvent(SyntaxEventKind.DocumentEnd, 0, 0);
    }

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _producer.Wait();
        }
        catch (AggregateException e) when (e.InnerExceptions.All(inner => inner is OperationCanceledException))
        {
            // stopped on purpose
        }

        _stop.Dispose();
        _batches.Dispose();
    }

    private void Produce(Func<Action<int, int, string>, SyntaxReader> open, CancellationToken token)
    {
        var batch = new Batch();
        var inner = open((line, column, message) => batch.Reports.Add((line, column, message)));
        try
        {
            while (true)
            {
                var item = inner.Next();
                batch.Events.Add(item);
                if (item.Kind == SyntaxEventKind.DocumentEnd)
                {
                    batch.Last = true;
                    _batches.Add(batch, token);
                    return;
                }

                if (batch.Events.Count == BatchSize)
                {
                    _batches.Add(batch, token);
                    batch = new Batch();
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // a syntax error (or anything else the inner reader throws) reaches the reading thread in order
            batch.Error = e;
            batch.Last = true;
            _batches.Add(batch, token);
        }
    }

    private sealed class Batch
    {
        public List<SyntaxEvent> Events { get; } = new(BatchSize);

        public List<(int Line, int Column, string Message)> Reports { get; } = [];

        public Exception? Error { get; set; }

        public bool Last { get; set; }
    }
}
