// Licensed to the Apache Software Foundation (ASF) under one
// or more contributor license agreements. See the NOTICE file
// distributed with this work for additional information
// regarding copyright ownership. The ASF licenses this file
// to you under the Apache License, Version 2.0 (the
// "License"); you may not use this file except in compliance
// with the License. You may obtain a copy of the License at
//
//   http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing,
// software distributed under the License is distributed on an
// "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY
// KIND, either express or implied. See the License for the
// specific language governing permissions and limitations
// under the License.
package com.cloud.utils.fsm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A state machine: transitions per state and event, plus listeners told about every transition.
 *
 * @param <S> state
 * @param <E> event
 * @param <V> the object whose state changes
 */
public class StateMachine2<S, E, V extends StateObject<S>> {
    private final Map<S, Map<E, Transition<S, E>>> next = new HashMap<>();
    private final Map<S, Map<E, List<S>>> previous = new HashMap<>();
    private final Map<E, Transition<S, E>> initial = new HashMap<>();
    private final List<StateListener<S, E, V>> listeners = new ArrayList<>();

    public StateMachine2() {
    }

    public void addTransition(final S currentState, final E event, final S toState) {
        addTransition(new Transition<>(currentState, event, toState, null));
    }

    public void addTransition(final Transition<S, E> transition) {
        Map<E, Transition<S, E>> out = transition.getCurrentState() == null ? initial
                : next.computeIfAbsent(transition.getCurrentState(), s -> new HashMap<>());
        out.put(transition.getEvent(), transition);
        next.computeIfAbsent(transition.getToState(), s -> new HashMap<>());
        previous.computeIfAbsent(transition.getToState(), s -> new HashMap<>())
                .computeIfAbsent(transition.getEvent(), e -> new ArrayList<>()).add(transition.getCurrentState());
    }

    public Set<E> getPossibleEvents(final S s) {
        return next.getOrDefault(s, new HashMap<>()).keySet();
    }

    public List<S> getFromStates(final S s, final E e) {
        Map<E, List<S>> in = previous.get(s);
        if (in == null) {
            return new ArrayList<>();
        }
        return in.get(e);
    }

    public boolean transitTo(final V vo, final E e, final Object opaque, final StateDao<S, E, V> dao) throws NoTransitionException {
        final S currentState = vo.getState();
        final Transition<S, E> transition = getTransition(currentState, e);
        final S nextState = transition.getToState();

        List<StateListener<S, E, V>> snapshot;
        synchronized (listeners) {
            snapshot = new ArrayList<>(listeners);
        }
        for (final StateListener<S, E, V> listener : snapshot) {
            listener.preStateTransitionEvent(currentState, e, nextState, vo, true, opaque);
        }
        if (!dao.updateState(currentState, e, nextState, vo, opaque)) {
            return false;
        }
        for (final StateListener<S, E, V> listener : snapshot) {
            listener.postStateTransitionEvent(transition, vo, true, opaque);
        }
        return true;
    }

    public S getNextState(final S s, final E e) throws NoTransitionException {
        return getTransition(s, e).getToState();
    }

    public Transition<S, E> getTransition(final S s, final E e) throws NoTransitionException {
        Map<E, Transition<S, E>> out = s == null ? initial : next.get(s);
        Transition<S, E> transition = out == null ? null : out.get(e);
        if (transition == null) {
            throw new NoTransitionException("Unable to transition to a new state from " + s + " via " + e);
        }
        return transition;
    }

    public boolean registerListener(final StateListener<S, E, V> listener) {
        synchronized (listeners) {
            return listeners.add(listener);
        }
    }

    public static class Transition<S, E> {

        private final S currentState;
        private final E event;
        private final S toState;
        private final List<Impact> impacts;

        public Transition(final S currentState, final E event, final S toState, final List<Impact> impacts) {
            this.currentState = currentState;
            this.event = event;
            this.toState = toState;
            this.impacts = impacts;
        }

        public S getCurrentState() {
            return currentState;
        }

        public E getEvent() {
            return event;
        }

        public S getToState() {
            return toState;
        }

        public boolean isImpacted(final Impact impact) {
            return impacts != null && impacts.contains(impact);
        }

        @Override
        public int hashCode() {
            return Objects.hash(currentState, event, toState);
        }

        @Override
        public boolean equals(final Object o) {
            if (this == o) {
                return true;
            }
            if (o == null || getClass() != o.getClass()) {
                return false;
            }
            final Transition<?, ?> that = (Transition<?, ?>)o;
            return Objects.equals(currentState, that.currentState) && Objects.equals(event, that.event) && Objects.equals(toState, that.toState);
        }

        public static enum Impact {
            USAGE
        }
    }
}
