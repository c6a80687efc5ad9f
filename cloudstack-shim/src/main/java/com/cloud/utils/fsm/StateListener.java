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

public interface StateListener<S, E, V> {
    /**
     * Called before the state machine records a transition.
     *
     * @param oldState the object's state before the event
     * @param event the event that triggers the change
     * @param newState the state the event leads to
     * @param vo the object
     * @param status whether the transition is allowed
     * @param opaque caller data (for VMs, the host id)
     */
    public boolean preStateTransitionEvent(S oldState, E event, S newState, V vo, boolean status, Object opaque);

    /**
     * Called after the state machine recorded a transition.
     *
     * @param transition the transition that happened
     * @param vo the object
     * @param status whether the transition was allowed
     */
    public boolean postStateTransitionEvent(StateMachine2.Transition<S, E> transition, V vo, boolean status, Object opaque);
}
