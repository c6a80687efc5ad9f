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

package com.cloud.network.dao;

import java.util.List;

import com.cloud.network.WgUser;
import com.cloud.utils.db.GenericDao;

public interface WgUserDao extends GenericDao<WgUserVO, Long> {

    List<WgUserVO> listByVpn(long vpnId);

    List<WgUserVO> listByVpnAndState(long vpnId, WgUser.State state);

    WgUserVO findByVpnAndPublicKey(long vpnId, String publicKey);

    /** The number of the VPN's users that are not being revoked. */
    long countByVpn(long vpnId);

    /** The IPv4 tunnel addresses held by the VPN's users (every live row, whatever its state). */
    List<String> listUsedIp4Addresses(long vpnId);

    List<String> listUsedIp6Addresses(long vpnId);

    List<WgUserVO> listByAccount(long accountId);
}
