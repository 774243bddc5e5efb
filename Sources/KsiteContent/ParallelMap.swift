import Dispatch

/// Maps independent work items on every core, keeping the input order in the result.
public enum ParallelMap {
    /// `transform` must not touch shared mutable state. With `isParallel` false the items are
    /// mapped one after another on the calling thread (the reference a parallel build must equal).
    public static func map<Element: Sendable, Result: Sendable>(
        _ items: [Element], isParallel: Bool = true, _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        guard isParallel, items.count > 1 else { return items.map(transform) }
        let buffer = ResultBuffer<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            buffer.store(transform(items[index]), at: index)
        }
        return buffer.takeValues()
    }
}

/// Slots written once each, by distinct indices, from concurrent workers.
private final class ResultBuffer<Value>: @unchecked Sendable {
    private var slots: [Value?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func store(_ value: Value, at index: Int) {
        // Each index is written by exactly one worker and read only after all finish,
        // so the writes never race; the array itself is not resized.
        slots.withUnsafeMutableBufferPointer { $0[index] = value }
    }

    /// The values in index order, moved out of their slots rather than copied (a copy would
    /// retain every reference a value holds, to release it again with the slots).
    func takeValues() -> [Value] {
        var values: [Value] = []
        values.reserveCapacity(slots.count)
        for index in slots.indices {
            values.append(slots[index].take()!)
        }
        return values
    }
}
