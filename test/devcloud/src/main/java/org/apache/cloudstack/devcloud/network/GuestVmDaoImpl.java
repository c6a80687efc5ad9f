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
package org.apache.cloudstack.devcloud.network;

import java.util.List;

import javax.inject.Inject;

import com.cloud.utils.db.GenericDaoBase;
import com.cloud.utils.db.SearchBuilder;
import com.cloud.utils.db.SearchCriteria;
import com.cloud.utils.net.NetUtils;
import com.cloud.vm.VirtualMachine;

/** Guest VMs (vm_instance rows of type User); a VM's network is the account's network whose CIDR holds its address. */
public class GuestVmDaoImpl extends GenericDaoBase<VMInstanceVO, Long> {
    @Inject
    private NetworkDaoImpl networkDao;

    private final SearchBuilder<VMInstanceVO> accountSearch;

    public GuestVmDaoImpl() {
        accountSearch = createSearchBuilder();
        accountSearch.and("type", accountSearch.entity().getType(), SearchCriteria.Op.EQ);
        accountSearch.and("accountId", accountSearch.entity().getAccountId(), SearchCriteria.Op.EQ);
        accountSearch.done();
    }

    public List<VMInstanceVO> listByAccount(long accountId) {
        SearchCriteria<VMInstanceVO> sc = accountSearch.create();
        sc.setParameters("type", VirtualMachine.Type.User);
        sc.setParameters("accountId", accountId);
        return listBy(sc);
    }

    public VMInstanceVO findInNetwork(NetworkVO network) {
        for (VMInstanceVO vm : listByAccount(network.getAccountId())) {
            if (vm.getPrivateIpAddress() != null && NetUtils.isIpWithInCidrRange(vm.getPrivateIpAddress(), network.getCidr())) {
                return vm;
            }
        }
        return null;
    }

    public NetworkVO networkOf(VMInstanceVO vm) {
        for (NetworkVO n : networkDao.listByAccount(vm.getAccountId())) {
            if (vm.getPrivateIpAddress() != null && NetUtils.isIpWithInCidrRange(vm.getPrivateIpAddress(), n.getCidr())) {
                return n;
            }
        }
        return null;
    }
}
