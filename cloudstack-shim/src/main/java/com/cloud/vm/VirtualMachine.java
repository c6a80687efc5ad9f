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
package com.cloud.vm;

import java.util.Arrays;
import java.util.Date;

import org.apache.cloudstack.acl.ControlledEntity;
import org.apache.cloudstack.api.Displayable;
import org.apache.cloudstack.kernel.Partition;

import com.cloud.utils.fsm.StateMachine2;
import com.cloud.utils.fsm.StateMachine2.Transition;
import com.cloud.utils.fsm.StateMachine2.Transition.Impact;
import com.cloud.utils.fsm.StateObject;

/**
 * VirtualMachine describes the properties held by a virtual machine (the members a network plugin reads).
 */
public interface VirtualMachine extends RunningOn, ControlledEntity, Partition, Displayable, StateObject<VirtualMachine.State> {

    public enum PowerState {
        PowerUnknown, PowerOn, PowerOff, PowerReportMissing
    }

    public enum State {
        Starting(true, "VM is being started.  At this state, you should find host id filled which means it's being started on that host."),
        Running(false, "VM is running.  host id has the host that it is running on."),
        Stopping(true, "VM is being stopped.  host id has the host that it is being stopped on."),
        Stopped(false, "VM is stopped.  host id should be null."),
        Destroyed(false, "VM is marked for destroy."),
        Expunging(true, "VM is being   expunged."),
        Migrating(true, "VM is being migrated.  host id holds to from host"),
        Error(false, "VM is in error"),
        Unknown(false, "VM state is unknown."),
        Shutdown(false, "VM state is shutdown from inside");

        private final boolean _transitional;
        String _description;

        private State(boolean transitional, String description) {
            _transitional = transitional;
            _description = description;
        }

        public String getDescription() {
            return _description;
        }

        public boolean isTransitional() {
            return _transitional;
        }

        public static StateMachine2<State, VirtualMachine.Event, VirtualMachine> getStateMachine() {
            return s_fsm;
        }

        protected static final StateMachine2<State, VirtualMachine.Event, VirtualMachine> s_fsm = new StateMachine2<>();

        // CloudStack's transition table; the USAGE impact marks the transitions that generate usage events
        static {
            add(State.Stopped, Event.StartRequested, State.Starting, false);
            add(State.Stopped, Event.DestroyRequested, State.Destroyed, true);
            add(State.Stopped, Event.StopRequested, State.Stopped, false);
            add(State.Stopped, Event.AgentReportStopped, State.Stopped, false);
            add(State.Stopped, Event.OperationFailedToError, State.Error, true);
            add(State.Stopped, Event.OperationFailed, State.Stopped, false);
            add(State.Stopped, Event.ExpungeOperation, State.Expunging, true);
            add(State.Stopped, Event.AgentReportShutdowned, State.Stopped, false);
            add(State.Stopped, Event.StorageMigrationRequested, State.Migrating, false);
            add(State.Starting, Event.OperationRetry, State.Starting, false);
            add(State.Starting, Event.OperationSucceeded, State.Running, true);
            add(State.Starting, Event.OperationFailed, State.Stopped, false);
            add(State.Starting, Event.AgentReportRunning, State.Running, true);
            add(State.Starting, Event.AgentReportStopped, State.Stopped, false);
            add(State.Starting, Event.AgentReportShutdowned, State.Stopped, false);
            add(State.Destroyed, Event.RecoveryRequested, State.Stopped, true);
            add(State.Destroyed, Event.ExpungeOperation, State.Expunging, false);
            add(State.Running, Event.MigrationRequested, State.Migrating, false);
            add(State.Running, Event.AgentReportRunning, State.Running, false);
            add(State.Running, Event.AgentReportStopped, State.Stopped, true);
            add(State.Running, Event.StopRequested, State.Stopping, false);
            add(State.Running, Event.AgentReportShutdowned, State.Stopped, true);
            add(State.Running, Event.AgentReportMigrated, State.Running, false);
            add(State.Running, Event.OperationSucceeded, State.Running, false);
            add(State.Migrating, Event.MigrationRequested, State.Migrating, false);
            add(State.Migrating, Event.OperationSucceeded, State.Running, false);
            add(State.Migrating, Event.OperationFailed, State.Running, false);
            add(State.Migrating, Event.AgentReportRunning, State.Running, false);
            add(State.Migrating, Event.AgentReportStopped, State.Stopped, false);
            add(State.Migrating, Event.AgentReportShutdowned, State.Stopped, false);
            add(State.Stopping, Event.OperationSucceeded, State.Stopped, true);
            add(State.Stopping, Event.OperationFailed, State.Running, false);
            add(State.Stopping, Event.AgentReportRunning, State.Running, false);
            add(State.Stopping, Event.AgentReportStopped, State.Stopped, true);
            add(State.Stopping, Event.StopRequested, State.Stopping, false);
            add(State.Stopping, Event.AgentReportShutdowned, State.Stopped, true);
            add(State.Expunging, Event.OperationFailed, State.Expunging, false);
            add(State.Expunging, Event.ExpungeOperation, State.Expunging, false);
            add(State.Error, Event.DestroyRequested, State.Expunging, false);
            add(State.Error, Event.ExpungeOperation, State.Expunging, false);
            add(State.Starting, Event.FollowAgentPowerOnReport, State.Running, true);
            add(State.Stopping, Event.FollowAgentPowerOnReport, State.Running, false);
            add(State.Stopped, Event.FollowAgentPowerOnReport, State.Running, true);
            add(State.Running, Event.FollowAgentPowerOnReport, State.Running, false);
            add(State.Migrating, Event.FollowAgentPowerOnReport, State.Running, false);
            add(State.Starting, Event.FollowAgentPowerOffReport, State.Stopped, false);
            add(State.Stopping, Event.FollowAgentPowerOffReport, State.Stopped, true);
            add(State.Running, Event.FollowAgentPowerOffReport, State.Stopped, true);
            add(State.Migrating, Event.FollowAgentPowerOffReport, State.Stopped, false);
            add(State.Stopped, Event.FollowAgentPowerOffReport, State.Stopped, false);
        }

        private static void add(State from, Event event, State to, boolean usage) {
            s_fsm.addTransition(new Transition<State, Event>(from, event, to, usage ? Arrays.asList(Impact.USAGE) : null));
        }

        public static boolean isVmStarted(State oldState, Event e, State newState) {
            return oldState == State.Starting && newState == State.Running;
        }

        public static boolean isVmStopped(State oldState, Event e, State newState) {
            return (oldState == State.Stopping && newState == State.Stopped)
                    || (oldState == State.Running && newState == State.Stopped && e == Event.FollowAgentPowerOffReport);
        }
    }

    public enum Event {
        CreateRequested,
        StartRequested,
        StopRequested,
        DestroyRequested,
        RecoveryRequested,
        AgentReportStopped,
        AgentReportRunning,
        MigrationRequested,
        StorageMigrationRequested,
        ExpungeOperation,
        OperationSucceeded,
        OperationFailed,
        OperationFailedToError,
        OperationRetry,
        AgentReportShutdowned,
        AgentReportMigrated,
        RevertRequested,
        SnapshotRequested,
        FollowAgentPowerOnReport,
        FollowAgentPowerOffReport,
    };

    public enum Type {
        User(false), DomainRouter(true), ConsoleProxy(true), SecondaryStorageVm(true), ElasticIpVm(true), ElasticLoadBalancerVm(true), InternalLoadBalancerVm(true),
        NetScalerVm(true), UserBareMetal(false), Instance(false);

        boolean _isUsedBySystem;

        private Type(boolean isUsedBySystem) {
            _isUsedBySystem = isUsedBySystem;
        }

        public boolean isUsedBySystem() {
            return _isUsedBySystem;
        }
    }

    String getInstanceName();

    String getHostName();

    String getPrivateIpAddress();

    String getPrivateMacAddress();

    long getTemplateId();

    long getGuestOSId();

    Long getPodIdToDeployIn();

    long getDataCenterId();

    Long getLastHostId();

    @Override
    Long getHostId();

    boolean isHaEnabled();

    Date getCreated();

    long getServiceOfferingId();

    Type getType();
}
