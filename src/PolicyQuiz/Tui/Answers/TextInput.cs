using PolicyQuiz.Core.Study;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace PolicyQuiz.Tui.Answers;

/// <summary>Short and cloze: a text field; Enter submits what is typed (nothing typed: wrong).</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The field is added to the study screen, which disposes it with its other subviews.")]
internal sealed class TextInput : AnswerInput
{
    private readonly TextField _field = new() { X = 14, Y = Pos.AnchorEnd(2), Width = Dim.Fill(2), Height = 1 };

    public override IReadOnlyList<KeyHint> Keys { get; } =
    [
        new("type", "your answer (case, accents and a small typo are forgiven)"),
        new("Enter", "submit what you typed"),
        new("Esc", "leave the session"),
    ];

    public override StudentAnswer Answer => StudentAnswer.Typed(_field.Text ?? string.Empty);

    public override View Field => _field;

    public override void Paint(Painter painter)
    {
        painter.Line("Type your answer in the field below and press Enter.", Style.Dim);
    }

    public override InputResult HandleKey(Key key) => key == Key.Enter ? InputResult.Submit : InputResult.Ignored;
}
