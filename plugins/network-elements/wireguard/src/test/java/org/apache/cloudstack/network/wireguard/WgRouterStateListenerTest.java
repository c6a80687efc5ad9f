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
package org.apache.cloudstack.network.wireguard;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.concurrent.AbstractExecutorService;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.cloud.utils.fsm.StateMachine2;
import com.cloud.vm.VirtualMachine;
import com.cloud.vm.VirtualMachine.Event;
import com.cloud.vm.VirtualMachine.State;

class WgRouterStateListenerTest {

    /** Runs submitted work at once, so the test sees its effect. */
    private static final class DirectExecutor extends AbstractExecutorService {
        @Override
        public void execute(Runnable command) {
            command.run();
        }

        @Override
        public void shutdown() {
        }

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }

    private final WgVpnManager manager = mock(WgVpnManager.class);
    private final WgRouterStateListener listener = new WgRouterStateListener(manager, new DirectExecutor());

    private static VirtualMachine vm(VirtualMachine.Type type) {
        VirtualMachine vm = mock(VirtualMachine.class);
        when(vm.getId()).thenReturn(7L);
        when(vm.getType()).thenReturn(type);
        return vm;
    }

    private void transit(State from, Event event, State to, VirtualMachine vm) {
        listener.postStateTransitionEvent(new StateMachine2.Transition<>(from, event, to, null), vm, true, null);
    }

    @Test
    void aRouterReachingRunningGetsItsVpnsPushed() {
        transit(State.Starting, Event.OperationSucceeded, State.Running, vm(VirtualMachine.Type.DomainRouter));

        verify(manager).reapplyForRouter(7L);
    }

    @Test
    void otherTransitionsAndOtherVmsPushNothing() {
        transit(State.Running, Event.AgentReportRunning, State.Running, vm(VirtualMachine.Type.DomainRouter));
        transit(State.Running, Event.StopRequested, State.Stopping, vm(VirtualMachine.Type.DomainRouter));
        transit(State.Starting, Event.OperationSucceeded, State.Running, vm(VirtualMachine.Type.User));

        verify(manager, never()).reapplyForRouter(7L);
    }
}
