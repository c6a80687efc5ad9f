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
package org.apache.cloudstack.devcloud.api;

import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.apache.cloudstack.api.ApiCommandResourceType;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.ApiErrorCode;
import org.apache.cloudstack.api.BaseAsyncCmd;
import org.apache.cloudstack.api.BaseAsyncCreateCmd;
import org.apache.cloudstack.api.BaseCmd;
import org.apache.cloudstack.api.BaseListCmd;
import org.apache.cloudstack.api.ResponseObject;
import org.apache.cloudstack.api.ServerApiException;
import org.apache.cloudstack.api.response.ListResponse;
import org.apache.cloudstack.context.CallContext;
import org.apache.cloudstack.devcloud.api.job.AsyncJob;
import org.apache.cloudstack.devcloud.api.job.AsyncJobManager;
import org.apache.cloudstack.devcloud.api.job.AsyncJobResponseBuilder;
import org.apache.cloudstack.devcloud.api.response.AsyncJobResponse;
import org.apache.cloudstack.devcloud.api.response.CreateCmdResponse;
import org.apache.cloudstack.devcloud.api.response.ExceptionResponse;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.cloud.projects.Project;
import com.cloud.user.Account;
import com.cloud.user.AccountService;
import com.cloud.user.User;
import com.cloud.utils.db.EntityManager;

/**
 * CloudStack's ApiServer.handleRequest/queueCommand with ApiDispatcher and ApiAsyncJobDispatcher:
 * builds the command, processes its parameters, then executes it (sync), or calls {@code create()}
 * at once and queues {@code execute()} (BaseAsyncCreateCmd), or queues it whole (BaseAsyncCmd).
 * Parameter and access checks always run before a job is queued, so refusals come back at once.
 */
public class ApiDispatcher {
    private static final Logger LOGGER = LogManager.getLogger(ApiDispatcher.class);

    static final String CTX_USER_ID = "ctxUserId";
    static final String CTX_ACCOUNT_ID = "ctxAccountId";
    static final String CTX_START_EVENT_ID = "ctxStartEventId";
    static final String CMD_EVENT_TYPE = "cmdEventType";

    @Inject
    private ApiCommandRegistry registry;
    @Inject
    private CommandInjector injector;
    @Inject
    private ParamProcessor paramProcessor;
    @Inject
    private AccountService accountService;
    @Inject
    private EntityManager entityManager;
    @Inject
    private AsyncJobManager jobManager;
    @Inject
    private ApiEventRecorder eventRecorder;
    @Inject
    private AsyncJobResponseBuilder jobResponses;

    /**
     * Runs one API call for the caller registered in the current CallContext.
     *
     * @param params the request parameters with their names as sent, {@code command} excluded
     * @return the response object to serialise
     * @throws ServerApiException carrying the HTTP status and text for every failure
     */
    public ResponseObject handleRequest(String commandName, Map<String, String> params, String responseType, String httpMethod) {
        boolean rootAdmin = isCallerRootAdmin();
        try {
            Class<? extends BaseCmd> cmdClass = registry.getCommandClass(commandName, rootAdmin);
            if (cmdClass == null) {
                throw new ServerApiException(ApiErrorCode.UNSUPPORTED_ACTION_ERROR, "Unknown API command: " + commandName);
            }
            BaseCmd cmd = newCommand(cmdClass);
            cmd.setFullUrlParams(params);
            cmd.setResponseType(responseType);
            cmd.setHttpMethod(httpMethod);
            Map<String, String> callParams = new LinkedHashMap<>(params);
            if (httpMethod != null) {
                callParams.put("httpmethod", httpMethod);
            }
            if (cmd instanceof BaseAsyncCmd) {
                return submitAsync((BaseAsyncCmd)cmd, callParams);
            }
            dispatch(cmd, callParams, true);
            Object result = cmd.getResponseObject();
            if (!(result instanceof ResponseObject)) {
                throw new ServerApiException(ApiErrorCode.INTERNAL_ERROR, "Failed to execute API command " + commandName + ": no response");
            }
            ResponseObject response = (ResponseObject)result;
            if (response.getResponseName() == null) {
                response.setResponseName(cmd.getCommandName());
            }
            if (cmd instanceof BaseListCmd) {
                attachPendingJobs(cmd, response);
            }
            return response;
        } catch (Throwable t) {
            if (!(t instanceof ServerApiException)) {
                LOGGER.info("API command {} failed: {}", commandName, t.toString());
                LOGGER.debug("API command {} failure", commandName, t);
            }
            throw ApiErrors.toServerApiException(t, rootAdmin);
        }
    }

    private boolean isCallerRootAdmin() {
        Account caller = CallContext.current().getCallingAccount();
        return caller != null && accountService.isRootAdmin(caller);
    }

    private <T extends BaseCmd> T newCommand(Class<T> cmdClass) {
        try {
            T cmd = cmdClass.getDeclaredConstructor().newInstance();
            injector.inject(cmd);
            cmd.configure();
            return cmd;
        } catch (InstantiationException | IllegalAccessException | NoSuchMethodException | InvocationTargetException e) {
            throw new ServerApiException(ApiErrorCode.INTERNAL_ERROR, "Unable to create API command " + cmdClass.getName(), e);
        }
    }

    /** The standard dispatch chain, then (when asked) {@code execute()}. */
    void dispatch(BaseCmd cmd, Map<String, String> params, boolean execute) throws Exception {
        prepare(cmd, params);
        if (execute) {
            cmd.execute();
        }
    }

    private void prepare(BaseCmd cmd, Map<String, String> params) {
        Map<String, Object> unpacked = ParamProcessor.unpack(params);
        paramProcessor.processParameters(cmd, unpacked);
        cmd.validateSpecificParameters(ParamProcessor.flat(unpacked));
        CallContext ctx = CallContext.current();
        ctx.setEventDisplayEnabled(cmd.isDisplay());
        Object projectUuid = unpacked.get(ApiConstants.PROJECT_ID);
        if (projectUuid instanceof String) {
            Project project = entityManager.findByUuidIncludingRemoved(Project.class, (String)projectUuid);
            if (project != null) {
                ctx.setProject(project);
            }
        }
        if (cmd.getApiResourceId() != null) {
            ctx.setEventResourceId(cmd.getApiResourceId());
        }
        ApiCommandResourceType resourceType = cmd.getApiResourceType();
        if (resourceType != null && resourceType != ApiCommandResourceType.None) {
            ctx.setEventResourceType(resourceType);
        }
    }

    private ResponseObject submitAsync(BaseAsyncCmd cmd, Map<String, String> params) throws Exception {
        CallContext ctx = CallContext.current();
        Long objectId = null;
        String objectUuid;
        if (cmd instanceof BaseAsyncCreateCmd) {
            BaseAsyncCreateCmd createCmd = (BaseAsyncCreateCmd)cmd;
            prepare(createCmd, params);
            createCmd.create();
            objectId = createCmd.getEntityId();
            objectUuid = createCmd.getEntityUuid();
            if (objectId == null) {
                throw new ServerApiException(ApiErrorCode.INTERNAL_ERROR, "Failed to create the entity for " + cmd.getActualCommandName());
            }
            params.put(ApiConstants.ID, objectId.toString());
        } else {
            objectUuid = caseInsensitiveGet(params, ApiConstants.ID);
            prepare(cmd, params);
        }
        params.put(CTX_USER_ID, String.valueOf(ctx.getCallingUserId()));
        params.put(CTX_ACCOUNT_ID, String.valueOf(ctx.getCallingAccountId()));
        if (objectUuid != null) {
            params.put("uuid", objectUuid);
        }
        long startEventId = ctx.getStartEventId();
        Long eventId = eventRecorder.onScheduled(ctx.getCallingUserId(), cmd.getEntityOwnerId(), cmd.getEventType(), cmd.getEventDescription(),
            cmd.getApiResourceId(), cmd.getApiResourceType(), cmd.isDisplay(), startEventId);
        if (startEventId == 0 && eventId != null) {
            startEventId = eventId;
        }
        params.put(CTX_START_EVENT_ID, String.valueOf(startEventId));
        if (cmd.getEventType() != null) {
            params.put(CMD_EVENT_TYPE, cmd.getEventType());
        }
        Map<Object, Object> contextDetails = new HashMap<>(ctx.getContextParameters());
        Project project = ctx.getProject();

        ApiCommandResourceType resourceType = cmd.getApiResourceType();
        // CloudStack takes the created entity's id with the command's resource type; a plugin cannot add
        // resource types, so its create command names another resource (the public IP): pair the type
        // with the command's own resource id then, else jobinstanceid would point at an unrelated row
        Long instanceId = cmd.getApiResourceId() != null ? cmd.getApiResourceId() : objectId;
        String syncKey = cmd.getSyncObjType() != null && cmd.getSyncObjId() != null ? cmd.getSyncObjType() + ":" + cmd.getSyncObjId() : null;
        AsyncJob job = new AsyncJob(jobManager.allocateId(), ctx.getCallingUserId(), ctx.getCallingAccountId(), cmd.getClass().getName(), params,
            resourceType == null ? null : resourceType.toString(), instanceId, syncKey);
        jobManager.submit(job, j -> runJob(j, contextDetails, project));

        if (cmd instanceof BaseAsyncCreateCmd) {
            CreateCmdResponse response = new CreateCmdResponse();
            response.setId(objectUuid == null ? objectId.toString() : objectUuid);
            response.setJobId(job.getUuid());
            response.setResponseName(cmd.getCommandName());
            return response;
        }
        AsyncJobResponse response = new AsyncJobResponse();
        response.setJobId(job.getUuid());
        response.setResponseName(cmd.getCommandName());
        return response;
    }

    private static String caseInsensitiveGet(Map<String, String> params, String name) {
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** ApiAsyncJobDispatcher.runJob: a fresh command, the submitter's context, dispatch, record. */
    @SuppressWarnings("unchecked")
    private void runJob(AsyncJob job, Map<Object, Object> contextDetails, Project project) {
        Map<String, String> params = new LinkedHashMap<>(job.getCmdInfo());
        BaseAsyncCmd cmd = null;
        boolean rootAdmin = false;
        boolean registered = false;
        try {
            Class<? extends BaseAsyncCmd> cmdClass = (Class<? extends BaseAsyncCmd>)Class.forName(job.getCmd());
            User user = entityManager.findById(User.class, job.getUserId());
            Account account = entityManager.findById(Account.class, job.getAccountId());
            CallContext ctx = CallContext.register(user, account);
            registered = true;
            ctx.putContextParameters(contextDetails);
            ctx.setProject(project);
            ctx.setStartEventId(Long.parseLong(params.getOrDefault(CTX_START_EVENT_ID, "0")));
            rootAdmin = account != null && accountService.isRootAdmin(account);

            cmd = newCommand(cmdClass);
            cmd.setJob(job);
            cmd.setHttpMethod(params.get("httpmethod"));
            if (cmd instanceof BaseAsyncCreateCmd) {
                BaseAsyncCreateCmd create = (BaseAsyncCreateCmd)cmd;
                create.setEntityId(Long.parseLong(params.get(ApiConstants.ID)));
                create.setEntityUuid(params.get("uuid"));
            }
            Map<String, String> callParams = new LinkedHashMap<>(params);
            callParams.remove(CTX_USER_ID);
            callParams.remove(CTX_ACCOUNT_ID);
            callParams.remove(CTX_START_EVENT_ID);
            callParams.remove(CMD_EVENT_TYPE);
            callParams.remove("uuid");
            dispatch(cmd, callParams, true);
            Object result = cmd.getResponseObject();
            ResponseObject response = result instanceof ResponseObject ? (ResponseObject)result : null;
            jobManager.complete(job, AsyncJob.Status.SUCCEEDED, 0, response);
        } catch (Throwable t) {
            ServerApiException e = ApiErrors.toServerApiException(t, rootAdmin);
            if (!(t instanceof ServerApiException)) {
                LOGGER.warn("Async job {} failed: {}", job, t.toString());
                LOGGER.debug("Async job {} failure", job, t);
            }
            int code = e.getErrorCode().getHttpCode();
            ExceptionResponse error = new ExceptionResponse(cmd == null ? "unknowncommandresponse" : cmd.getCommandName(), code, e.getDescription());
            jobManager.complete(job, AsyncJob.Status.FAILED, code, error);
        } finally {
            if (registered) {
                CallContext.unregister();
            }
        }
    }

    /**
     * Marks listed entities that have a job still running with its jobid/jobstatus, as
     * ApiServer.buildAsyncListResponse does.
     */
    @SuppressWarnings("unchecked")
    private void attachPendingJobs(BaseCmd cmd, ResponseObject response) {
        ApiCommandResourceType type = cmd.getApiResourceType();
        if (!(response instanceof ListResponse) || type == null || type == ApiCommandResourceType.None || type.getAssociatedClass() == null) {
            return;
        }
        List<ResponseObject> items = ((ListResponse<ResponseObject>)response).getResponses();
        if (items == null || items.isEmpty()) {
            return;
        }
        Map<String, AsyncJob> byInstanceUuid = new HashMap<>();
        for (AsyncJob job : jobManager.pending(type.toString())) {
            String uuid = jobResponses.instanceUuid(job);
            if (uuid != null) {
                byInstanceUuid.put(uuid, job);
            }
        }
        for (ResponseObject item : items) {
            AsyncJob job = item.getObjectId() == null ? null : byInstanceUuid.get(item.getObjectId());
            if (job != null) {
                item.setJobId(job.getUuid());
                item.setJobStatus(job.getStatus().ordinal());
            }
        }
    }
}
