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
package org.apache.cloudstack.api.command.user.vpn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.acl.SecurityChecker.AccessType;
import org.apache.cloudstack.api.ACL;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiErrorCode;
import org.apache.cloudstack.api.BaseAsyncCmd;
import org.apache.cloudstack.api.BaseAsyncCreateCmd;
import org.apache.cloudstack.api.BaseCmd;
import org.apache.cloudstack.api.BaseListProjectAndAccountResourcesCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.ServerApiException;
import org.apache.cloudstack.api.response.ListResponse;
import org.apache.cloudstack.api.response.SuccessResponse;
import org.apache.cloudstack.api.response.WgUserResponse;
import org.apache.cloudstack.api.response.WgVpnResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.cloud.exception.InvalidParameterValueException;
import com.cloud.exception.PermissionDeniedException;
import com.cloud.exception.ResourceUnavailableException;
import com.cloud.network.IpAddress;
import com.cloud.network.NetworkModel;
import com.cloud.network.WgUser;
import com.cloud.network.WgVpn;
import com.cloud.network.vpn.WgVpnService;
import com.cloud.serializer.Param;
import com.cloud.utils.net.Ip;
import com.google.gson.annotations.SerializedName;

class WgCommandsTest {

    private static final List<Class<? extends BaseCmd>> COMMANDS = List.of(CreateWgVpnCmd.class, ListWgVpnsCmd.class, UpdateWgVpnCmd.class,
            DeleteWgVpnCmd.class, CreateWgUserCmd.class, ListWgUsersCmd.class, UpdateWgUserCmd.class, DeleteWgUserCmd.class, GetWgUserConfigCmd.class);

    private final WgVpnService service = mock(WgVpnService.class);

    /** Sets a field as CloudStack's dispatcher does: by reflection on the @Parameter/@Inject field. */
    private static <T> T with(T cmd, String field, Object value) throws ReflectiveOperationException {
        for (Class<?> c = cmd.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(field);
                f.setAccessible(true);
                f.set(cmd, value);
                return cmd;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(field);
    }

    private <T> T command(Class<T> type) throws ReflectiveOperationException {
        return with(type.getDeclaredConstructor().newInstance(), "wgVpnService", service);
    }

    private static Field parameter(Class<?> cmd, String name) {
        for (Class<?> c = cmd; c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                Parameter p = f.getAnnotation(Parameter.class);
                if (p != null && p.name().equals(name)) {
                    return f;
                }
            }
        }
        return null;
    }

    @Test
    void everyCommandIsANewApiForAllRolesWithTheContractName() {
        Set<String> names = Set.of("createWgVpn", "listWgVpns", "updateWgVpn", "deleteWgVpn", "createWgUser", "listWgUsers", "updateWgUser", "deleteWgUser",
                "getWgUserConfig");
        for (Class<? extends BaseCmd> cmd : COMMANDS) {
            APICommand api = cmd.getAnnotation(APICommand.class);
            assertTrue(names.contains(api.name()), api.name());
            assertEquals("4.24.0", api.since());
            assertArrayEquals(new RoleType[] {RoleType.Admin, RoleType.ResourceAdmin, RoleType.DomainAdmin, RoleType.User}, api.authorized());
            assertFalse(api.requestHasSensitiveInfo(), api.name() + " takes public keys only");
            assertFalse(api.description().isBlank());
        }
    }

    @Test
    void onlyTheResponsesCarryingAConfigAreMarkedSensitive() {
        for (Class<? extends BaseCmd> cmd : COMMANDS) {
            boolean carriesConfig = cmd == CreateWgUserCmd.class || cmd == GetWgUserConfigCmd.class;
            assertEquals(carriesConfig, cmd.getAnnotation(APICommand.class).responseHasSensitiveInfo(), cmd.getSimpleName());
        }
    }

    @Test
    void createsAreAsyncCreatesAndListsAreProjectAwareLists() {
        assertTrue(BaseAsyncCreateCmd.class.isAssignableFrom(CreateWgVpnCmd.class));
        assertTrue(BaseAsyncCreateCmd.class.isAssignableFrom(CreateWgUserCmd.class));
        assertTrue(BaseAsyncCmd.class.isAssignableFrom(UpdateWgVpnCmd.class));
        assertTrue(BaseAsyncCmd.class.isAssignableFrom(DeleteWgUserCmd.class));
        assertFalse(BaseAsyncCmd.class.isAssignableFrom(GetWgUserConfigCmd.class));
        assertTrue(BaseListProjectAndAccountResourcesCmd.class.isAssignableFrom(ListWgVpnsCmd.class));
        assertTrue(BaseListProjectAndAccountResourcesCmd.class.isAssignableFrom(ListWgUsersCmd.class));
    }

    @ParameterizedTest
    @ValueSource(classes = {UpdateWgVpnCmd.class, DeleteWgVpnCmd.class, UpdateWgUserCmd.class, DeleteWgUserCmd.class, GetWgUserConfigCmd.class})
    void idParametersAreRequiredUuidsCheckedForAccessBeforeTheJob(Class<?> cmd) {
        Field id = parameter(cmd, "id");
        Parameter p = id.getAnnotation(Parameter.class);
        assertTrue(p.required());
        assertEquals(BaseCmd.CommandType.UUID, p.type());
        assertTrue(p.entityType()[0] == WgVpnResponse.class || p.entityType()[0] == WgUserResponse.class);
        assertEquals(AccessType.OperateEntry, id.getAnnotation(ACL.class).accessType());
    }

    @Test
    void uuidParametersNameTheirEntity() {
        assertEquals("IPAddressResponse", parameter(CreateWgVpnCmd.class, "publicipid").getAnnotation(Parameter.class).entityType()[0].getSimpleName());
        assertEquals(WgVpnResponse.class, parameter(CreateWgUserCmd.class, "vpnid").getAnnotation(Parameter.class).entityType()[0]);
        assertEquals(WgVpnResponse.class, parameter(ListWgUsersCmd.class, "vpnid").getAnnotation(Parameter.class).entityType()[0]);
        assertEquals("VpcResponse", parameter(ListWgVpnsCmd.class, "vpcid").getAnnotation(Parameter.class).entityType()[0].getSimpleName());
    }

    @Test
    void createWgVpnPersistsInCreateAndStartsInExecute() throws Exception {
        CreateWgVpnCmd cmd = with(command(CreateWgVpnCmd.class), "publicIpId", 3L);
        WgVpn vpn = mock(WgVpn.class);
        when(vpn.getId()).thenReturn(8L);
        when(vpn.getUuid()).thenReturn("vpn-uuid");
        when(service.createWgVpn(cmd)).thenReturn(vpn);
        when(service.startWgVpn(8L, true)).thenReturn(vpn);
        WgVpnResponse response = new WgVpnResponse();
        when(service.createWgVpnResponse(vpn)).thenReturn(response);

        cmd.create();
        cmd.execute();

        assertEquals(8L, cmd.getEntityId());
        assertEquals("vpn-uuid", cmd.getEntityUuid());
        assertSame(response, cmd.getResponseObject());
        assertEquals("createwgvpnresponse", response.getResponseName());
        assertEquals("wgvpn", response.getObjectName());
    }

    @Test
    void createWgUserAppliesThenReturnsTheConfig() throws Exception {
        CreateWgUserCmd cmd = with(command(CreateWgUserCmd.class), "vpnId", 8L);
        cmd.setEntityId(9L);
        WgUserResponse response = new WgUserResponse();
        when(service.createWgUserConfigResponse(9L)).thenReturn(response);

        cmd.execute();

        verify(service).applyWgUser(9L);
        assertSame(response, cmd.getResponseObject());
        assertEquals("wguser", response.getObjectName());
    }

    @Test
    void defaultsOfCreateWgUser() throws Exception {
        CreateWgUserCmd cmd = command(CreateWgUserCmd.class);

        assertTrue(cmd.isUsePresharedKey());
        assertTrue(cmd.isSplitTunnel());
        assertTrue(cmd.isDisplay());
    }

    @Test
    void deleteReturnsSuccess() throws Exception {
        DeleteWgUserCmd cmd = with(command(DeleteWgUserCmd.class), "id", 9L);

        cmd.execute();

        verify(service).deleteWgUser(9L);
        assertTrue(((SuccessResponse)cmd.getResponseObject()).getSuccess());
    }

    @Test
    void listsHandTheirResponseThrough() throws Exception {
        ListWgVpnsCmd cmd = command(ListWgVpnsCmd.class);
        ListResponse<WgVpnResponse> response = new ListResponse<>();
        when(service.listWgVpns(cmd)).thenReturn(response);

        cmd.execute();

        assertSame(response, cmd.getResponseObject());
        assertEquals("listwgvpnsresponse", response.getResponseName());
    }

    @Test
    void jobFailuresKeepTheirApiErrorCodes() throws Exception {
        DeleteWgVpnCmd cmd = with(command(DeleteWgVpnCmd.class), "id", 8L);

        doThrow(new ResourceUnavailableException("Failed to remove WireGuard VPN x on router r-1-VM: timeout", Object.class, 1L)).when(service).deleteWgVpn(8L);
        assertEquals(ApiErrorCode.RESOURCE_UNAVAILABLE_ERROR, assertThrows(ServerApiException.class, cmd::execute).getErrorCode());

        doThrow(new InvalidParameterValueException("bad")).when(service).deleteWgVpn(8L);
        assertEquals(ApiErrorCode.PARAM_ERROR, assertThrows(ServerApiException.class, cmd::execute).getErrorCode());

        doThrow(new PermissionDeniedException("not yours")).when(service).deleteWgVpn(8L);
        ServerApiException denied = assertThrows(ServerApiException.class, cmd::execute);
        assertEquals(ApiErrorCode.ACCOUNT_ERROR, denied.getErrorCode());
        assertEquals("not yours", denied.getDescription());
    }

    @Test
    void jobsOfAVpcVpnSyncOnTheVpcOthersOnTheNetwork() throws Exception {
        WgVpn vpcVpn = mock(WgVpn.class);
        when(vpcVpn.getVpcId()).thenReturn(4L);
        WgVpn netVpn = mock(WgVpn.class);
        when(netVpn.getNetworkId()).thenReturn(5L);
        when(netVpn.getVpcId()).thenReturn(null);
        when(service.getWgVpn(1L)).thenReturn(vpcVpn);
        when(service.getWgVpn(2L)).thenReturn(netVpn);

        UpdateWgVpnCmd onVpc = with(command(UpdateWgVpnCmd.class), "id", 1L);
        UpdateWgVpnCmd onNetwork = with(command(UpdateWgVpnCmd.class), "id", 2L);

        assertEquals("vpc", onVpc.getSyncObjType());
        assertEquals(4L, onVpc.getSyncObjId());
        assertEquals("network", onNetwork.getSyncObjType());
        assertEquals(5L, onNetwork.getSyncObjId());
    }

    @Test
    void userCommandsAreOwnedByTheUsersAccount() throws Exception {
        WgUser user = mock(WgUser.class);
        when(user.getAccountId()).thenReturn(42L);
        when(service.getWgUser(anyLong())).thenReturn(user);

        assertEquals(42L, with(command(GetWgUserConfigCmd.class), "id", 9L).getEntityOwnerId());
        assertEquals(42L, with(command(DeleteWgUserCmd.class), "id", 9L).getEntityOwnerId());
    }

    @Test
    void responsesHaveNoPrivateKeyFieldAndMarkTheConfigSensitive() {
        for (Class<?> response : List.of(WgVpnResponse.class, WgUserResponse.class)) {
            for (Field f : response.getDeclaredFields()) {
                SerializedName name = f.getAnnotation(SerializedName.class);
                if (name != null) {
                    assertFalse(name.value().contains("private"), response.getSimpleName() + "." + name.value());
                    assertFalse(name.value().contains("preshared"), response.getSimpleName() + "." + name.value());
                }
            }
        }
        for (String field : List.of("config", "qrCode")) {
            try {
                assertTrue(WgUserResponse.class.getDeclaredField(field).getAnnotation(Param.class).isSensitive());
            } catch (NoSuchFieldException e) {
                throw new AssertionError(e);
            }
        }
        assertNotNull(WgVpnResponse.class.getAnnotation(org.apache.cloudstack.api.EntityReference.class));
        assertEquals(WgUser.class, WgUserResponse.class.getAnnotation(org.apache.cloudstack.api.EntityReference.class).value()[0]);
    }

    @Test
    void updatesRefuseBadValuesBeforeTheJobIsQueued() throws Exception {
        UpdateWgVpnCmd vpn = command(UpdateWgVpnCmd.class);
        UpdateWgUserCmd user = command(UpdateWgUserCmd.class);

        vpn.validateSpecificParameters(java.util.Map.of("id", "x", "mtu", "1420", "keepalive", "0"));
        user.validateSpecificParameters(java.util.Map.of("id", "x", "name", "laptop"));
        assertEquals("Invalid mtu 100: the tunnel MTU is 576 to 9000",
            assertThrows(InvalidParameterValueException.class, () -> vpn.validateSpecificParameters(java.util.Map.of("mtu", "100"))).getMessage());
        assertEquals("Invalid keepalive 70000: it is 0 (none) to 65535 seconds",
            assertThrows(InvalidParameterValueException.class, () -> vpn.validateSpecificParameters(java.util.Map.of("keepalive", "70000"))).getMessage());
        assertEquals("Invalid mtu: not a number",
            assertThrows(InvalidParameterValueException.class, () -> vpn.validateSpecificParameters(java.util.Map.of("mtu", "big"))).getMessage());
        assertTrue(assertThrows(InvalidParameterValueException.class, () -> user.validateSpecificParameters(java.util.Map.of("name", "a\rb")))
            .getMessage().contains("control character"));

        // a newline in dns would add a line to every client config: refused before the job, quoted harmlessly
        vpn.validateSpecificParameters(java.util.Map.of("dns", "10.1.1.1, 2001:db8::53"));
        vpn.validateSpecificParameters(java.util.Map.of("dns", ""));
        assertEquals("Invalid dns: '10.0.0.1?[Peer]' is not an IPv4 or IPv6 address",
            assertThrows(InvalidParameterValueException.class, () -> vpn.validateSpecificParameters(java.util.Map.of("dns", "10.0.0.1\n[Peer]"))).getMessage());
        assertEquals("Invalid dns: at most 4 servers",
            assertThrows(InvalidParameterValueException.class,
                () -> vpn.validateSpecificParameters(java.util.Map.of("dns", "10.0.0.1,10.0.0.2,10.0.0.3,10.0.0.4,10.0.0.5"))).getMessage());
    }

    @Test
    void eventDescriptionsNameObjectsByAddressUuidAndNameNeverByInternalId() throws Exception {
        NetworkModel networkModel = mock(NetworkModel.class);
        IpAddress ip = mock(IpAddress.class);
        when(ip.getAddress()).thenReturn(new Ip("203.0.113.10"));
        when(networkModel.getIp(3L)).thenReturn(ip);
        WgVpn vpn = mock(WgVpn.class);
        when(vpn.getId()).thenReturn(8L);
        when(vpn.getUuid()).thenReturn("vpn-uuid");
        when(vpn.getServerAddressId()).thenReturn(3L);
        when(service.getWgVpn(8L)).thenReturn(vpn);
        WgUser user = mock(WgUser.class);
        when(user.getId()).thenReturn(9L);
        when(user.getUuid()).thenReturn("user-uuid");
        when(user.getName()).thenReturn("laptop");
        when(user.getVpnId()).thenReturn(8L);
        when(service.getWgUser(9L)).thenReturn(user);
        CreateWgVpnCmd createVpn = with(with(command(CreateWgVpnCmd.class), "publicIpId", 3L), "_ntwkModel", networkModel);
        CreateWgUserCmd createUser = with(command(CreateWgUserCmd.class), "vpnId", 8L);
        String vpnCreateEvent = createVpn.getCreateEventDescription();
        String userCreateEvent = createUser.getCreateEventDescription();
        createVpn.setEntityId(8L);
        createVpn.setEntityUuid("vpn-uuid");
        createUser.setEntityId(9L);
        createUser.setEntityUuid("user-uuid");

        assertEquals("Creating WireGuard VPN on public IP 203.0.113.10", vpnCreateEvent);
        assertEquals("Creating WireGuard VPN vpn-uuid on public IP 203.0.113.10", createVpn.getEventDescription());
        assertEquals("Updating WireGuard VPN vpn-uuid on public IP 203.0.113.10",
            with(with(command(UpdateWgVpnCmd.class), "id", 8L), "_ntwkModel", networkModel).getEventDescription());
        assertEquals("Deleting WireGuard VPN vpn-uuid on public IP 203.0.113.10",
            with(with(command(DeleteWgVpnCmd.class), "id", 8L), "_ntwkModel", networkModel).getEventDescription());
        assertEquals("Adding a user to WireGuard VPN vpn-uuid", userCreateEvent);
        assertEquals("Adding user laptop (user-uuid) to WireGuard VPN vpn-uuid", createUser.getEventDescription());
        assertEquals("Updating user laptop (user-uuid) of WireGuard VPN vpn-uuid", with(command(UpdateWgUserCmd.class), "id", 9L).getEventDescription());
        assertEquals("Removing user laptop (user-uuid) from WireGuard VPN vpn-uuid", with(command(DeleteWgUserCmd.class), "id", 9L).getEventDescription());
    }

    @Test
    void openFirewallDefaultsToTrue() throws Exception {
        CreateWgVpnCmd cmd = command(CreateWgVpnCmd.class);
        assertTrue(cmd.isOpenFirewall());
        assertFalse(with(cmd, "openFirewall", false).isOpenFirewall());
    }
}
