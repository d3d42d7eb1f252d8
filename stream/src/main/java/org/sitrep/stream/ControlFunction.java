package org.sitrep.stream;

import java.util.Optional;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Fusion keyed by place: the control state of each place lives in Flink keyed state (so it is
 * checkpointed and rescaled with the job), and each change streams out as soon as an event makes
 * it, as a JSON line.
 */
final class ControlFunction extends KeyedProcessFunction<String, PlaceEvent, String> {
  private static final long serialVersionUID = 1L;
  private transient ValueState<ControlFold.State> state;

  @Override
  public void open(OpenContext context) {
    state =
        getRuntimeContext()
            .getState(new ValueStateDescriptor<>("control", ControlFold.State.class));
  }

  @Override
  public void processElement(PlaceEvent e, Context ctx, Collector<String> out)
      throws java.io.IOException {
    ControlFold.State before = state.value();
    Optional<ControlFold.State> after = ControlFold.apply(before, e);
    if (after.isPresent()) {
      state.update(after.get());
      out.collect(ControlFold.change(before, after.get(), e).json());
    }
  }
}
