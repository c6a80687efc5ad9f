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

package com.cloud.shim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.ApiCommandResourceType;
import org.apache.cloudstack.api.BaseListCmd;
import org.apache.cloudstack.context.CallContext;
import org.junit.jupiter.api.Test;

import com.cloud.agent.api.Answer;
import com.cloud.agent.api.Command;
import com.cloud.exception.CloudException;
import com.cloud.exception.OperationTimedoutException;
import com.cloud.network.IpAddress;
import com.cloud.network.Networks.TrafficType;
import com.cloud.network.PublicIpAddress;
import com.cloud.user.Account;
import com.cloud.user.AccountService;
import com.cloud.user.User;
import com.cloud.utils.db.EntityManager;
import com.cloud.utils.exception.CloudRuntimeException;
import com.cloud.utils.fsm.NoTransitionException;
import com.cloud.utils.fsm.StateMachine2.Transition;
import com.cloud.utils.fsm.StateMachine2.Transition.Impact;
import com.cloud.utils.net.Ip;
import com.cloud.utils.net.NetUtils;
import com.cloud.vm.VirtualMachine;

/**
 * Behaviour the shim mirrors from CloudStack 4.20-4.22 where an earlier shim differed: code that
 * passes here must not pass only because the shim was kinder than CloudStack.
 */
class CloudStackBehaviourTest {

    @Test
    void accountTypeNumbersWithoutATypeGiveNullAsInCloudStack() {
        assertEquals(Account.Type.NORMAL, Account.Type.getFromValue(0));
        assertEquals(Account.Type.PROJECT, Account.Type.getFromValue(5));
        assertNull(Account.Type.getFromValue(6));
        assertNull(Account.Type.getFromValue(42));
        assertNull(Account.Type.getFromValue(null));
    }

    @Test
    void accountStateIsParsedByItsUpperCasedName() {
        assertEquals(Account.State.ENABLED, Account.State.getValueOf("enabled"));
        assertEquals("enabled", Account.State.ENABLED.toString());
        assertThrows(IllegalArgumentException.class, () -> Account.State.getValueOf("gone"));
    }

    @Test
    void resourceTypesAreLookedUpByExactNameAndExactClass() {
        assertEquals(ApiCommandResourceType.Network, ApiCommandResourceType.fromString("Network"));
        assertNull(ApiCommandResourceType.fromString("network"));
        assertNull(ApiCommandResourceType.fromString(""));
        assertEquals(ApiCommandResourceType.IpAddress, ApiCommandResourceType.valueFromAssociatedClass(IpAddress.class));
        // a sub-interface is not its parent's resource type
        assertNull(ApiCommandResourceType.valueFromAssociatedClass(PublicIpAddress.class));
        assertEquals("IpAddress", ApiCommandResourceType.IpAddress.toString());
    }

    static class ListSomething extends BaseListCmd {
        @Override
        public void execute() {
        }
    }

    private static ListSomething listCmd(Integer page, Integer pageSize) throws ReflectiveOperationException {
        ListSomething cmd = new ListSomething();
        cmd.configure();
        set(cmd, "page", page);
        set(cmd, "pageSize", pageSize);
        return cmd;
    }

    private static void set(Object target, String name, Object value) throws ReflectiveOperationException {
        Field f = BaseListCmd.class.getDeclaredField(name);
        f.setAccessible(true);
        f.set(target, value);
    }

    @Test
    void aPageBelowOneStartsAtTheFirstRowAsInCloudStack() throws ReflectiveOperationException {
        assertEquals(Long.valueOf(0), listCmd(0, 20).getStartIndex());
        assertEquals(Long.valueOf(0), listCmd(-3, 20).getStartIndex());
        assertEquals(Long.valueOf(40), listCmd(3, 20).getStartIndex());
        assertNull(listCmd(null, -1).getStartIndex());
    }

    @Test
    void noTransitionIsACheckedExceptionButNoCloudException() {
        assertFalse(CloudException.class.isAssignableFrom(NoTransitionException.class));
        assertEquals(Exception.class, NoTransitionException.class.getSuperclass());
    }

    @Test
    void aTimedOutCommandSaysHowManySeconds() {
        OperationTimedoutException e = new OperationTimedoutException(new Command[0], 7L, 3L, 30, false);
        assertEquals("Commands 3 to Host 7 timed out after 30 secs", e.getMessage());
    }

    @Test
    void anAnswerToAnExceptionCarriesItsStackTrace() {
        Answer a = new Answer(null, new IllegalStateException("router gone"));
        assertFalse(a.getResult());
        assertTrue(a.getDetails().startsWith("java.lang.IllegalStateException: router gone"), a.getDetails());
        assertTrue(a.getDetails().contains("\tat "), a.getDetails());
    }

    @Test
    void answersAreEqualByResultAndDetails() {
        assertEquals(new Answer(null, true, "ok"), new Answer(null, true, "ok"));
        assertFalse(new Answer(null, true, "ok").equals(new Answer(null, false, "ok")));
        assertEquals(new Answer(null, true, "ok").hashCode(), new Answer(null, true, "ok").hashCode());
    }

    @Test
    void exceptionProxyListsAreTransientAsInCloudStack() throws NoSuchFieldException {
        assertTrue(Modifier.isTransient(CloudRuntimeException.class.getDeclaredField("idList").getModifiers()));
        assertTrue(Modifier.isTransient(CloudRuntimeException.class.getDeclaredField("uuidList").getModifiers()));
    }

    @Test
    void ipKeepsCloudStacksAddressFamilyTests() {
        assertTrue(new Ip("10.1.1.1").isIp4());
        assertFalse(new Ip("10.1.1.1").isIp6());
        // CloudStack's quirk, kept: an IPv4 address from 128.0.0.0 up also counts as "IPv6"
        assertTrue(new Ip("203.0.113.5").isIp6());
        assertTrue(new Ip("203.0.113.5").isIp4());
    }

    @Test
    void ip4CidrsAreValidatedAsCloudStackDoes() {
        assertTrue(NetUtils.isValidIp4Cidr("203.0.113.0/24"));
        assertTrue(NetUtils.isValidIp4Cidr("0.0.0.0/0"));
        assertFalse(NetUtils.isValidIp4Cidr("203.0.113.0/33"));
        assertFalse(NetUtils.isValidIp4Cidr("203.0.113.0"));
        assertFalse(NetUtils.isValidIp4Cidr("203.0.113.0/x"));
        // CloudStack takes whatever Integer.parseInt takes, and String.split drops a trailing empty part:
        // callers that write the CIDR somewhere must normalise it themselves
        assertTrue(NetUtils.isValidIp4Cidr("203.0.113.0/+24"));
        assertTrue(NetUtils.isValidIp4Cidr("203.0.113.0/24/"));
    }

    @Test
    void theCallingAccountIsNeverReportedRootAdminAsInCloudStack() {
        EntityManager entities = mock(EntityManager.class);
        AccountService accounts = mock(AccountService.class);
        when(accounts.isRootAdmin(any(Account.class))).thenReturn(true);
        CallContext.init(entities, accounts);
        try {
            CallContext ctx = CallContext.register(mock(User.class), mock(Account.class));
            // CloudStack never keeps the answer of isRootAdmin: ask AccountService instead
            assertFalse(ctx.isCallingAccountRootAdmin());
        } finally {
            CallContext.unregisterAll();
        }
    }

    @Test
    void aRunningVmThatThePowerReportFindsOffStopsWithAUsageEvent() throws NoTransitionException {
        Transition<VirtualMachine.State, VirtualMachine.Event> t = VirtualMachine.State.getStateMachine()
                .getTransition(VirtualMachine.State.Running, VirtualMachine.Event.FollowAgentPowerOffReport);
        assertEquals(VirtualMachine.State.Stopped, t.getToState());
        assertTrue(t.isImpacted(Impact.USAGE));
        assertFalse(VirtualMachine.State.getStateMachine()
                .getTransition(VirtualMachine.State.Running, VirtualMachine.Event.StopRequested).isImpacted(Impact.USAGE));
        assertThrows(NoTransitionException.class, () -> VirtualMachine.State.getStateMachine()
                .getTransition(VirtualMachine.State.Destroyed, VirtualMachine.Event.StartRequested));
    }

    @Test
    void roleAndTrafficTypesAreLookedUpByExactName() {
        assertEquals(RoleType.Admin, RoleType.fromString("Admin"));
        assertThrows(IllegalStateException.class, () -> RoleType.fromString("admin"));
        assertEquals(TrafficType.Guest, TrafficType.getTrafficType("Guest"));
        assertEquals(TrafficType.None, TrafficType.getTrafficType("guest"));
    }
}
