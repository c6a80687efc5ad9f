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
package org.apache.cloudstack.devcloud.api.command;

import java.util.Date;
import java.util.List;

import javax.inject.Inject;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseListProjectAndAccountResourcesCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.ListResponse;
import org.apache.cloudstack.context.CallContext;
import org.apache.cloudstack.devcloud.account.AccountQueryService;
import org.apache.cloudstack.devcloud.account.EventVO;
import org.apache.cloudstack.devcloud.api.response.EventResponse;

import com.cloud.utils.Pair;

@APICommand(name = "listEvents", description = "A command to list events.", responseObject = EventResponse.class, entityType = {}, requestHasSensitiveInfo = false,
    responseHasSensitiveInfo = false, authorized = {RoleType.Admin, RoleType.ResourceAdmin, RoleType.DomainAdmin, RoleType.User})
public class ListEventsCmd extends BaseListProjectAndAccountResourcesCmd {

    @Inject
    private AccountQueryService queryService;

    @Parameter(name = ApiConstants.ID, type = CommandType.UUID, entityType = EventResponse.class, description = "the ID of the event")
    private Long id;

    @Parameter(name = "enddate", type = CommandType.DATE, description = "the end date range of the list you want to retrieve (use format \"yyyy-MM-dd\" or the new format "
        + "\"yyyy-MM-dd HH:mm:ss\")")
    private Date endDate;

    @Parameter(name = "level", type = CommandType.STRING, description = "the event level (INFO, WARN, ERROR)")
    private String level;

    @Parameter(name = "startdate", type = CommandType.DATE, description = "the start date range of the list you want to retrieve (use format \"yyyy-MM-dd\" or the new format "
        + "\"yyyy-MM-dd HH:mm:ss\")")
    private Date startDate;

    @Parameter(name = ApiConstants.TYPE, type = CommandType.STRING, description = "the event type (see event types)")
    private String type;

    @Parameter(name = "startid", type = CommandType.UUID, entityType = EventResponse.class, description = "the parent/start ID of the event, when provided this will "
        + "list all the events with the start/parent ID including the parent event")
    private Long startId;

    @Override
    public void execute() {
        Pair<List<EventVO>, Integer> result = queryService.searchForEvents(CallContext.current().getCallingAccount(), id, type, level, startDate, endDate,
            getKeyword(), getAccountName(), getDomainId(), isRecursive(), listAll(), startId, getStartIndex(), getPageSizeVal());
        ListResponse<EventResponse> response = new ListResponse<>();
        response.setResponses(queryService.eventResponses(result.first()), result.second());
        response.setResponseName(getCommandName());
        setResponseObject(response);
    }
}
