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

import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.cloud.utils.fsm.StateListener;
import com.cloud.utils.fsm.StateMachine2;
import com.cloud.vm.VirtualMachine;

/**
 * Re-sends the WireGuard VPNs to a router whenever it reaches Running (started, restarted, recreated by
 * a network restart with cleanup): a router keeps no state of its own, one full push converges it. The
 * push runs on its own thread so the router's start is never held up by it.
 */
public class WgRouterStateListener implements StateListener<VirtualMachine.State, VirtualMachine.Event, VirtualMachine> {
    private static final Logger LOGGER = LogManager.getLogger(WgRouterStateListener.class);

    private final WgVpnManager manager;
    private final ExecutorService executor;

    public WgRouterStateListener(WgVpnManager manager, ExecutorService executor) {
        this.manager = manager;
        this.executor = executor;
    }

    @Override
    public boolean preStateTransitionEvent(VirtualMachine.State oldState, VirtualMachine.Event event, VirtualMachine.State newState, VirtualMachine vo,
            boolean status, Object opaque) {
        return true;
    }

    @Override
    public boolean postStateTransitionEvent(StateMachine2.Transition<VirtualMachine.State, VirtualMachine.Event> transition, VirtualMachine vo, boolean status,
            Object opaque) {
        if (!status || vo == null || vo.getType() != VirtualMachine.Type.DomainRouter) {
            return true;
        }
        if (transition.getToState() != VirtualMachine.State.Running || transition.getCurrentState() == VirtualMachine.State.Running) {
            return true;
        }
        final long routerId = vo.getId();
        try {
            executor.submit(() -> {
                try {
                    manager.reapplyForRouter(routerId);
                } catch (RuntimeException e) {
                    LOGGER.warn("Unable to push WireGuard VPNs to router {}: {}", routerId, e.getMessage());
                }
            });
        } catch (RejectedExecutionException e) {
            LOGGER.debug("Not pushing WireGuard VPNs to router {}: shutting down", routerId);
        }
        return true;
    }
}
