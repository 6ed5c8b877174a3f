using PolicyQuiz.Core.Model;
using PolicyQuiz.Core.Study;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace PolicyQuiz.Tui.Answers;

/// <summary>
/// How one question type is answered at the keyboard. Enter always submits the answer as it stands;
/// an incomplete answer is submitted as it is and judged wrong.
/// </summary>
internal abstract class AnswerInput
{
    public abstract IReadOnlyList<KeyHint> Keys { get; }

    /// <summary>The input for <paramref name="item"/>'s type, laid out as the engine presented it.</summary>
    public static AnswerInput For(StudyItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Type switch
        {
            QuestionType.Choice or QuestionType.TrueFalse => new ChoiceInput(item.Options),
            QuestionType.Multi => new MultiInput(item.Options),
            QuestionType.Order => new OrderInput(item.Options),
            QuestionType.Match => new MatchInput(item.MatchLeft, item.MatchRight),
            _ => new TextInput(),
        };
    }

    /// <summary>The answer as it stands.</summary>
    public abstract StudentAnswer Answer { get; }

    /// <summary>A view that takes the keyboard (a text field), or null when the screen reads keys itself.</summary>
    public virtual View? Field => null;

    public abstract void Paint(Painter painter);

    public abstract InputResult HandleKey(Key key);

    protected static int Digit(Key key)
    {
        var code = key.KeyCode;
        return code is >= Terminal.Gui.Drivers.KeyCode.D1 and <= Terminal.Gui.Drivers.KeyCode.D9 && !key.IsCtrl && !key.IsAlt
            ? (int)(code - Terminal.Gui.Drivers.KeyCode.D0)
            : 0;
    }

    protected static string Number(int index) => $"{index + 1}.";

    /// <summary>The key that picks item <paramref name="index"/> (zero-based) by its number, or null past 9.</summary>
    protected static Key? NumberKey(int index) => index < 9 ? new Key((char)('1' + index)) : null;
}
